import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ReportPage } from './pages/ReportPage';

const WORD_HTML = readFileSync(new URL('./fixtures/word-list.html', import.meta.url), 'utf8');

test.describe('drafting a report', () => {
  let report: ReportPage;
  test.beforeEach(async ({ page }) => {
    report = new ReportPage(page);
    await report.create();
  });

  test('typed text survives a reload', async () => {
    await report.type('2.3', 'Kompetensplattformen har samlat 14 kommuner.');
    await report.waitSaved();
    await report.reload();
    await expect(report.answer('2.3')).toHaveText('Kompetensplattformen har samlat 14 kommuner.');
    await expect(report.block('2.3')).toContainText('44 tecken, 5 ord');
  });

  test('bold text and a bulleted list survive a reload', async ({ page }) => {
    await report.answer('1.1').click();
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Fet inledning');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Enter');
    await report.toolbarButton('1.1', 'Punktlista').click();
    await page.keyboard.type('första punkten');
    await page.keyboard.press('Enter');
    await page.keyboard.type('andra punkten');
    await report.waitSaved();
    await report.reload();
    await expect(report.answer('1.1').locator('strong')).toHaveText('Fet inledning');
    await expect(report.answer('1.1').locator('ul > li')).toHaveText(['första punkten', 'andra punkten']);
  });

  test('a Ja/Nej choice, a basis choice and the status survive a reload', async ({ page }) => {
    await page.getByRole('radio', { name: 'Ja 5.1a' }).check();
    await page.getByRole('checkbox', { name: 'uppföljning (1.5)' }).check();
    await page.getByRole('checkbox', { name: 'egen bedömning (1.5)' }).check();
    await report.type('1.5', 'Resultatet baseras på uppföljning.');
    await report.block('1.5').getByRole('checkbox', { name: 'Klar' }).check();
    await report.waitSaved();
    await report.reload();
    await expect(page.getByRole('radio', { name: 'Ja 5.1a' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Nej 5.1a' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'uppföljning (1.5)' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'utvärdering (1.5)' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'egen bedömning (1.5)' })).toBeChecked();
    await expect(page.getByRole('navigation', { name: 'Rapportens innehåll' })).toContainText('1 av 30 svar klara');
  });

  test('a version is restored from the history, and the restore can be undone', async ({ page }) => {
    await report.type('2.3', 'Första versionen av svaret.');
    await report.waitSaved();
    await report.block('2.3').getByRole('button', { name: 'Historik' }).click();
    const history = page.getByRole('complementary', { name: 'Historik för svar 2.3' });
    await history.getByRole('button', { name: 'Spara version nu' }).click();
    await expect(history.getByRole('list', { name: 'Versioner' }).getByRole('button')).toHaveCount(1);
    await report.answer('2.3').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Helt omskriven text.');
    await report.waitSaved();
    await history.getByRole('list', { name: 'Versioner' }).getByRole('button').first().click();
    await expect(history.locator('.diff del')).toContainText('Första versionen av svaret');
    await history.getByRole('button', { name: 'Återställ den här versionen' }).click();
    await expect(report.answer('2.3')).toHaveText('Första versionen av svaret.');
    await report.answer('2.3').click();
    await page.keyboard.press('Control+z');
    await expect(report.answer('2.3')).toHaveText('Helt omskriven text.');
    await page.keyboard.press('Control+y');
    await expect(report.answer('2.3')).toHaveText('Första versionen av svaret.');
    await report.waitSaved();
    await report.reload();
    await expect(report.answer('2.3')).toHaveText('Första versionen av svaret.');
  });

  for (const program of ['word', 'libreoffice', 'google-docs']) {
    test(`pasting from ${program} keeps bold, italic, underline, the sub-heading, the link and the list`, async () => {
      const html = readFileSync(`tests/renderer/editor/paste/fixtures/${program}.html`, 'utf8');
      await report.answer('4.4').click();
      await report.paste({ html, text: 'plain' });
      const answer = report.answer('4.4');
      await expect(answer.locator('h4')).toHaveText('Prestationer');
      await expect(answer.locator('.ed-bold')).toHaveText('Fet text');
      await expect(answer.locator('.ed-italic')).toHaveText('kursiv text');
      await expect(answer.locator('.ed-underline')).toHaveText('understruken text');
      await expect(answer.locator('a')).toHaveAttribute('href', 'https://www.regeringen.se/');
      await expect(answer.locator('ul > li')).toHaveText(['Första punkten', 'Andra punkten']);
    });
  }

  test('a paste of more than 200,000 characters is asked about first; no leaves the answer as it was', async ({
    page,
  }) => {
    await report.type('4.4', 'Befintlig text.');
    const paste = () => report.paste({ text: `Början. ${'lång text '.repeat(25_000)}` });
    const messages: string[] = [];
    page.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await paste();
    expect(messages[0]).toMatch(/^Du klistrar in 250\s00\d tecken/);
    await expect(report.answer('4.4')).toHaveText('Befintlig text.');
    page.once('dialog', (dialog) => void dialog.accept());
    await paste();
    await expect(report.answer('4.4')).toContainText('Befintlig text.Början. lång text');
  });

  test('pasting Word HTML with mso-list paragraphs gives real nested lists and drops the rest', async ({ page }) => {
    await report.answer('4.4').click();
    await report.paste({ html: WORD_HTML, text: 'plain' });
    const answer = report.answer('4.4');
    await expect(answer.locator('ul > li:not(.ed-li-nested)')).toHaveText([
      'kartlagt bredbandsutbyggnaden',
      'i Västerås och Sala',
      'mött marknadsaktörer',
    ]);
    await expect(answer.locator('ul ul > li')).toHaveText(['i Västerås och Sala']);
    await expect(answer.locator('ul ul em')).toHaveText('i Västerås');
    await expect(answer.locator('strong').first()).toHaveText('Prestationer – Digital kommunikation');
    await expect(answer).not.toContainText('mso-');
    expect(await answer.locator('[style]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await report.waitSaved();
    await report.reload();
    await expect(report.answer('4.4').locator('ul ul > li')).toHaveText(['i Västerås och Sala']);
  });

  test('works by keyboard: jump from the navigation, make a list with a shortcut', async ({ page }) => {
    await page
      .getByRole('navigation', { name: 'Rapportens innehåll' })
      .getByRole('link', { name: /^3\.3/ })
      .press('Enter');
    await expect(report.answer('3.3')).toBeFocused();
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('via tangentbordet');
    await expect(report.answer('3.3').locator('ul > li')).toHaveText(['via tangentbordet']);
    await page.keyboard.press('Shift+Tab');
    await expect(report.toolbarButton('3.3', 'Fet')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(report.toolbarButton('3.3', 'Kursiv')).toBeFocused();
  });

  test('a view tab keeps the keyboard’s focus, and going back while typing keeps what was typed', async ({ page }) => {
    const views = page.getByRole('navigation', { name: 'Rapportens vyer' });
    await views.getByRole('link', { name: 'Bidrag', exact: true }).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Bidrag' })).toBeVisible();
    await expect(views.getByRole('link', { name: 'Bidrag', exact: true })).toBeFocused();
    await views.getByRole('link', { name: 'Dokument', exact: true }).press('Enter');
    await report.type('1.1', 'Skrivet innan jag gick bakåt.');
    // The browser's Back with the caret in the answer: the answer goes out of the page with the document (kept alive
    // outside it) and lets go of the focus; nothing typed is lost.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Bidrag' })).toBeVisible();
    await expect(page.locator('[aria-label="Svar 1.1"]')).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.closest('[contenteditable]') == null)).toBe(true);
    await page.goForward();
    await report.waitSaved();
    await report.reload();
    await expect(report.answer('1.1')).toContainText('Skrivet innan jag gick bakåt.');
  });

  test('has no serious or critical axe violations in the document view', async ({ page }) => {
    await report.answer('1.1').click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});

test.describe('images and links in an answer', () => {
  test('an inserted image is stored in the database and shown after a reload; a link is made with Ctrl+K', async ({
    page,
  }) => {
    const report = new ReportPage(page);
    await report.create();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR4nGNgYGD4z8DAwMDAAAAK/gH/7QVxTwAAAABJRU5ErkJggg==',
      'base64',
    );
    await report.answer('5.1a').click();
    const choosing = page.waitForEvent('filechooser');
    await report.toolbarButton('5.1a', 'Infoga bild').click();
    await (await choosing).setFiles({ name: 'beviljade-projekt.png', mimeType: 'image/png', buffer: png });
    await expect(report.answer('5.1a').getByRole('img', { name: 'beviljade-projekt' })).toBeVisible();

    await report.answer('1.2').click();
    await page.keyboard.type('Läs anvisningarna');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Länkadress' }).fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Bara adresser');
    await page.getByRole('textbox', { name: 'Länkadress' }).fill('https://www.tillvaxtverket.se/');
    await page.keyboard.press('Enter');
    await expect(report.answer('1.2').getByRole('link', { name: 'Läs anvisningarna' })).toHaveAttribute(
      'href',
      'https://www.tillvaxtverket.se/',
    );

    await report.waitSaved();
    await report.reload();
    const image = report.answer('5.1a').getByRole('img', { name: 'beviljade-projekt' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(4);
    await expect(report.answer('1.2').getByRole('link', { name: 'Läs anvisningarna' })).toBeVisible();
  });
});
