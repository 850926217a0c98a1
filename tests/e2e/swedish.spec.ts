import { expect, test, type Page } from '@playwright/test';
import { PREFLIGHT_RULES } from '../../shared/preflight/finding';
import { CoordinatorPage } from './pages/ContributionPages';
import { FinalPage } from './pages/FinalPage';
import { ReportPage } from './pages/ReportPage';

/*
 * Every screen in Swedish: a walk through the home screen, its panels, the document with
 * its side panels and search, the assignment and contribution views and the final
 * document with findings; on each, the page's visible text must hold none of the words
 * that give away a slip: rule ids, field keys and zod's English messages.
 */

const SLIPS: (string | RegExp)[] = [
  ...PREFLIGHT_RULES.map((rule) => new RegExp(`(^|[^\\p{L}-])${rule}([^\\p{L}-]|$)`, 'u')),
  /signatur\.\w/,
  /\bvartDnr\b|\bertDnr\b|\bforvaltning\b/,
  /\bInvalid\b|\bExpected\b|\bRequired\b|\bToo (small|big)\b|\bUnrecognized key\b|\bmust be\b/,
  /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/,
  /\b(Loading|Save|Cancel|Delete|Error|Warning)\b/,
];

async function expectSwedish(page: Page, where: string): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const found = SLIPS.filter((slip) => (typeof slip === 'string' ? text.includes(slip) : slip.test(text))).map(String);
  expect(found, `${where}: engelska ord eller nycklar på skärmen`).toEqual([]);
}

test('every screen speaks Swedish: no rule ids, field keys or English messages', async ({ page }) => {
  test.setTimeout(120_000);
  const report = new ReportPage(page);
  await page.goto('/');
  await expectSwedish(page, 'startsidan, tom');
  await page.getByRole('button', { name: 'Ny rapport', exact: true }).click();
  await expectSwedish(page, 'ny rapport');
  await report.create('Region Västmanland');
  await expectSwedish(page, 'dokumentet');

  await report.type('1.1', 'Regionen har arbetat med kompetens.');
  await report.waitSaved();
  await report.block('1.1').getByRole('button', { name: 'Historik' }).click();
  await expectSwedish(page, 'historiken');
  await page.getByRole('button', { name: 'Stäng historiken' }).click();
  await page
    .getByRole('button', { name: /^Kommentarer \(\d+\)$/ })
    .first()
    .click();
  await expectSwedish(page, 'kommentarerna');
  await page.keyboard.press('Control+F');
  await page.keyboard.type('region');
  await expect(page.getByRole('search', { name: 'Sök i rapporten' }).getByRole('status')).toHaveText(/av \d+$/);
  await expectSwedish(page, 'sökningen');
  await page.keyboard.press('Escape');

  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await coordinator.assign('1.3', 'Folkhälsa');
  await expectSwedish(page, 'avdelningar och uppdrag');
  await coordinator.openView('Bidrag');
  await expectSwedish(page, 'bidrag');

  // The final document of an unfinished report: many findings of many rules.
  await new FinalPage(page).openView('Slutdokument');
  await expect(page.locator('.preflight-summary')).toHaveText(/\d+ fel/);
  await expectSwedish(page, 'slutdokumentet med fynd');

  await page.goto('/');
  await expectSwedish(page, 'startsidan med en rapport');
  await page.getByRole('button', { name: 'Importera Word-rapport' }).click();
  await expectSwedish(page, 'Word-importen');
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny rapport från föregående år' }).click();
  await expectSwedish(page, 'ny rapport från föregående år');
});
