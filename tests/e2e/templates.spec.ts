import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { template } from '../shared/preflight/complete-report';
import { handWrittenDocx } from '../shared/docx/import/word-builder';
import { NEW_2_8, REWORDED_2_3, template2026Docx } from '../shared/docx/import/template-files';
import { ReportPage } from './pages/ReportPage';
import { StartPages } from './pages/StartPages';

const NAME_2026 = 'Resultatredovisning av det regionala utvecklingsarbetet 2026';

test('a 2026 template read from a Word file: checked as an outline, saved, a new report on it, and a 2025 report rolled forward onto it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const start = new StartPages(page);
  const report = new ReportPage(page);

  const review = await start.templateFromWord(await template2026Docx(), 'mall-2026.docx');
  await expect(review.getByText(`${NAME_2026}: 30 frågor i 6 avsnitt.`)).toBeVisible();
  await expect(review.getByText(NEW_2_8)).toBeVisible();
  await expect(review.getByText('Under 6.2: ”Region Västmanland”')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.template-review').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // The person corrects a kind before saving; nothing is stored until then.
  await review.getByRole('combobox', { name: 'Typ för fråga 2.8' }).selectOption({ label: 'Effekt, ange underlag' });
  await review.getByRole('button', { name: 'Spara mallen' }).click();
  await expect(page.getByText(`Mallen ${NAME_2026} sparades.`)).toBeVisible();
  const outline = page.getByRole('article', { name: 'Mallens avsnitt och frågor' });
  await expect(outline.locator('[id="fraga-2.8"]')).toContainText('Effekt, ange underlag');
  await expect(outline.locator('[id="fraga-6.3"]')).toHaveCount(0);

  // A new report on the template read from Word.
  await page.getByRole('button', { name: 'Ny rapport', exact: true }).click();
  const form = page.getByRole('form', { name: 'Ny rapport' });
  await form.getByLabel('Mall').selectOption({ label: NAME_2026 });
  await form.getByLabel('Organisation').fill('Region Västmanland');
  await form.getByRole('button', { name: 'Skapa rapporten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME_2026 })).toBeVisible();
  await expect(report.answer('2.8')).toBeVisible();
  await report.type('2.8', 'Samverkan med Mälardalens universitet.');
  await report.waitSaved();
  await report.reload();
  await expect(report.answer('2.8')).toHaveText('Samverkan med Mälardalens universitet.');

  // Last year's report, from Word: read on the 2025 template (its year), not the newest.
  const docx = await handWrittenDocx(template, {
    questionStyle: 'bold',
    boxStyle: 'text',
    answers: {
      '1.1': 'Fjolårets viktigaste arbete.',
      '2.3': 'Fjolårets övriga arbete.',
      '6.3': 'Fjolårets territoriella analys.',
    },
  });
  const summary = await start.importWord(docx, 'rapport-2025.docx');
  await expect(summary.getByText('Hittade 30 av 30 frågor.')).toBeVisible();
  await summary.getByRole('button', { name: 'Skapa rapporten' }).click();
  await expect(report.answer('6.3')).toHaveText('Fjolårets territoriella analys.');
  await report.waitSaved();

  await page.goto('/');
  const roll = await start.rollForwardForm(
    'Resultatredovisning av det regionala utvecklingsarbetet 2025 · Region Västmanland',
    NAME_2026,
  );
  const pairs = roll.getByRole('group', { name: 'Frågorna i den nya mallen' });
  await expect(pairs.getByRole('status')).toHaveText('28 förs över, 1 omformulerade, 1 nya, 1 utgår.');
  await expect(pairs.getByRole('row', { name: new RegExp(`^2\\.3 ${REWORDED_2_3}`) })).toContainText(
    'Omformulerad – kontrollera',
  );
  await expect(pairs.getByRole('row', { name: new RegExp(`^2\\.8 `) })).toContainText('Ny – börjar tom');
  await expect(pairs.getByRole('combobox', { name: 'Förra årets fråga för 2.3' })).toHaveValue('2.3');
  await expect(pairs.getByRole('list', { name: /^Utgår ur mallen/ }).getByRole('listitem')).toHaveText([
    /^6\.3 Beskriv hur olika territoriella perspektiv/,
  ]);
  const axeRoll = await new AxeBuilder({ page }).include('.roll-forward').analyze();
  expect(axeRoll.violations.map((v) => v.id)).toEqual([]);
  await roll.getByRole('button', { name: 'Skapa rapporten för 2026' }).click();

  await expect(page.getByRole('heading', { level: 1, name: NAME_2026 })).toBeVisible();
  await expect(report.answer('1.1')).toHaveText('Fjolårets viktigaste arbete.');
  await expect(report.answer('2.3')).toHaveText('Fjolårets övriga arbete.');
  await expect(report.answer('2.8')).toHaveText('');
  await expect(page.getByRole('textbox', { name: 'Svar 6.3', exact: true })).toHaveCount(0);
  // 6.3's text is kept with the report, not lost.
  await page.getByText('Text som inte placerades i någon fråga (2 stycken)').click();
  const unplaced = page.getByRole('textbox', { name: 'Text som inte placerades i någon fråga (2 stycken)' });
  await expect(unplaced).toHaveValue(/Fjolårets territoriella analys\./);
});

test('a Word file that is no template is refused with what was looked for, and nothing is saved', async ({ page }) => {
  const start = new StartPages(page);
  await start.templateFromWord(new TextEncoder().encode('bara text'), 'anteckningar.docx');
  await expect(page.getByRole('alert')).toContainText('anteckningar.docx:');
  await expect(page.getByRole('region', { name: /Mall läst från/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Mallar' }).getByRole('button', { name: /2026/ })).toHaveCount(0);
});
