import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CoordinatorPage } from './pages/ContributionPages';
import { ReportPage } from './pages/ReportPage';

/* Ctrl+F across the report: count, F3 / Shift+F3, options, a header field, replace one, replace all as one undo. */

class SearchBarPage {
  constructor(readonly page: Page) {}
  bar() {
    return this.page.getByRole('search', { name: 'Sök i rapporten' });
  }
  query() {
    return this.bar().getByRole('searchbox', { name: 'Sök' });
  }
  count() {
    return this.bar().getByRole('status');
  }
  async highlighted(): Promise<number> {
    return this.page.evaluate(() => CSS.highlights.get('rv-sok')?.size ?? 0);
  }
}

test('search across answers and fields; replace one; replace all is one undo step with a history version per answer', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const report = new ReportPage(page);
  const search = new SearchBarPage(page);
  await report.create('Region Västmanland');
  const texts: Record<string, string> = {
    '1.1': 'Regionen har arbetat med kompetens i regionen.',
    '1.2': 'Kommunerna och regionen samverkar i regionen.',
    '6.3': 'Till sist: regionens arbete fortsätter.',
  };
  for (const [id, text] of Object.entries(texts)) await report.type(id, text);
  await report.waitSaved();

  await report.answer('1.1').click();
  await page.keyboard.press('Control+F');
  await expect(search.query()).toBeFocused();
  await page.keyboard.type('region');
  // Five in the answers, one in the signature block's organisation (Region Västmanland).
  await expect(search.count()).toHaveText('1 av 6');
  await expect.poll(() => search.highlighted()).toBe(5);
  const axe = await new AxeBuilder({ page }).include('.search-bar').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // F3 moves on, Shift+F3 back; the last match is far down the document and is brought into view.
  await page.keyboard.press('F3');
  await expect(search.count()).toHaveText('2 av 6');
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Shift+F3');
  await expect(search.count()).toHaveText('6 av 6');
  await page.keyboard.press('Shift+F3');
  await expect(search.count()).toHaveText('5 av 6');
  await expect(report.answer('6.3')).toBeInViewport();

  await search.bar().getByRole('checkbox', { name: 'Skilj på versaler och gemener' }).check();
  await expect(search.count()).toHaveText(/av 4$/);
  await search.bar().getByRole('checkbox', { name: 'Bara hela ord' }).check();
  await search.query().fill('regionen');
  await expect(search.count()).toHaveText(/av 3$/);
  await search.bar().getByRole('checkbox', { name: 'Skilj på versaler och gemener' }).uncheck();
  await expect(search.count()).toHaveText(/av 4$/);

  // A header field is searched too: the match is selected in it.
  await search.query().fill('RUF');
  await expect(search.count()).toHaveText('1 av 1');
  await search.bar().getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByRole('textbox', { name: 'Vårt dnr' })).toBeFocused();
  await page.keyboard.press('Control+F');

  // Replace one: the first "regionen" (whole word) in 1.1.
  await search.query().fill('regionen');
  await expect(search.count()).toHaveText('1 av 4');
  await search.bar().getByRole('textbox', { name: 'Ersätt med' }).fill('länet');
  await search.bar().getByRole('button', { name: 'Ersätt', exact: true }).click();
  await expect(report.answer('1.1')).toHaveText('länet har arbetat med kompetens i regionen.');
  await expect(search.count()).toHaveText('1 av 3');
  await report.answer('1.1').click();
  await page.keyboard.press('Control+Z');
  await expect(report.answer('1.1')).toHaveText(texts['1.1']!);
  await report.waitSaved();

  // Replace all, across three answers, then one undo for all of them.
  await page.keyboard.press('Control+F');
  await search.bar().getByRole('checkbox', { name: 'Bara hela ord' }).uncheck();
  await search.query().fill('region');
  await expect(search.count()).toHaveText('1 av 6');
  await search.bar().getByRole('button', { name: 'Ersätt alla' }).click();
  await expect(page.getByText('Ersatte 6 förekomster i 3 svar.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Organisation' })).toHaveValue('länet Västmanland');
  await expect(report.answer('1.1')).toHaveText('läneten har arbetat med kompetens i läneten.');
  await expect(report.answer('1.2')).toHaveText('Kommunerna och läneten samverkar i läneten.');
  await expect(report.answer('6.3')).toHaveText('Till sist: länetens arbete fortsätter.');
  await expect(search.count()).toHaveText('Inga träffar');
  await report.waitSaved();
  await search.bar().getByRole('button', { name: 'Ångra ersätt alla' }).click();
  for (const [id, text] of Object.entries(texts)) await expect(report.answer(id)).toHaveText(text);
  await expect(page.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Region Västmanland');
  await expect(search.count()).toHaveText('1 av 6');
  await report.waitSaved();
  await report.reload();
  for (const [id, text] of Object.entries(texts)) await expect(report.answer(id)).toHaveText(text);

  // Each changed answer got a history version before the replace.
  await report.block('1.2').getByRole('button', { name: 'Historik' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Versioner' })
      .getByRole('button', { name: /före ersättning av ”region” med ”länet” · Samordnare$/ }),
  ).toHaveCount(1);

  // Escape closes the bar and its highlights.
  await page.keyboard.press('Control+F');
  await page.keyboard.press('Escape');
  await expect(search.bar()).toBeHidden();
  await expect.poll(() => search.highlighted()).toBe(0);
});

test('Ctrl+F and F3 under another view are left to the browser; the document’s search bar stays closed', async ({
  page,
}) => {
  const report = new ReportPage(page);
  const search = new SearchBarPage(page);
  await report.create('Region Västmanland');
  const views = new CoordinatorPage(page);
  for (const view of ['Avdelningar och uppdrag', 'Bidrag'] as const) {
    await views.openView(view);
    const prevented = await page.evaluate(() => {
      const seen: boolean[] = [];
      // Added after the app's listener on window, so it sees what the app did with each key.
      const note = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
      window.addEventListener('keydown', note);
      for (const init of [{ key: 'f', ctrlKey: true }, { key: 'F3' }])
        document.body.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
      window.removeEventListener('keydown', note);
      return seen;
    });
    expect(prevented).toEqual([false, false]);
  }
  await views.openView('Dokument');
  await expect(report.answer('1.1')).toBeVisible();
  await expect(search.bar()).toHaveCount(0);
  await page.keyboard.press('Control+F');
  await expect(search.query()).toBeFocused();
});
