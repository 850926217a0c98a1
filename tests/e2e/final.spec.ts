import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fullSizeContents } from '../bench/full-report';
import { barChartPng } from '../bench/png';
import { flowText, officeMissing, pdfPages, pdfStructure } from '../tools/office';
import { expect, test, type Page } from '@playwright/test';
import { runCli } from '../../main/cli/cli';
import { buildReportFile, encodeReportFile } from '../../shared/files/report-file';
import { readManifest } from '../../shared/signing/manifest';
import { completeReport, template } from '../shared/preflight/complete-report';
import { xmlParts } from '../shared/docx/export/docx-parts';
import { fakeIo } from '../main/cli/fake-io';
import { FinalPage } from './pages/FinalPage';
import { PDF_OPTIONS } from '../../main/host/pdf-options';

async function reportFile(change: (input: ReturnType<typeof completeReport>) => void = () => {}) {
  const input = completeReport();
  change(input);
  const { report, answers, departments, assignments, contributions } = input;
  return {
    title: report.title,
    bytes: encodeReportFile(
      await buildReportFile(
        {
          report,
          answers: [...answers],
          departments: [...departments],
          assignments: [...assignments],
          contributions: [...contributions],
        },
        new Date(),
      ),
    ),
  };
}

/** The report file opened from the home screen, in its "Slutdokument" view. */
async function openFinal(page: Page, change?: Parameters<typeof reportFile>[0]): Promise<FinalPage> {
  const final = new FinalPage(page);
  const file = await reportFile(change);
  await final.openReportFile(file.bytes, file.title);
  await final.openView('Slutdokument');
  return final;
}

/** The desktop app's printToPDF options, as Playwright names them. */
const DESKTOP_PDF = {
  preferCSSPageSize: PDF_OPTIONS.preferCSSPageSize,
  printBackground: PDF_OPTIONS.printBackground,
  tagged: PDF_OPTIONS.generateTaggedPDF,
  outline: PDF_OPTIONS.generateDocumentOutline,
};

test('a complete report is reviewed clean, signed in the browser, locked, verified on the command line and reopened', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const final = await openFinal(page);
  await expect(final.summary()).toHaveText('Inga fel eller varningar – rapporten kan signeras.');
  await expect(page.getByRole('article', { name: 'Slutdokumentet' }).getByText('Västerås 2026-01-21')).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The organisation's logo, chosen once, goes at the top of page 1 of the signed document.
  const logoPath = join(mkdtempSync(join(tmpdir(), 'rv-logo-')), 'logotyp.png');
  writeFileSync(logoPath, barChartPng([3, 5, 2]));
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Välj logotyp …' }).click();
  await (await choosing).setFiles(logoPath);
  await expect(page.getByRole('img', { name: 'Organisationens logotyp' })).toBeVisible();

  // Signing is confirmed first: who signs, the open warnings and the files; cancelling changes nothing.
  await expect(
    page.getByRole('article', { name: 'Slutdokumentet' }).getByText('UTKAST', { exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Signera rapporten' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Bekräfta signeringen' });
  await expect(confirm).toContainText('Du signerar som Christer Alzén, Förvaltningsdirektör, Västerås 2026-01-21.');
  await expect(confirm).toContainText('region-vastmanland-2025-resultatredovisning-signerad.docx');
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Signera rapporten' })).toBeEnabled();

  const files = await final.sign(2);
  const names = [...files.keys()].sort();
  expect(names).toEqual([
    'region-vastmanland-2025-resultatredovisning-signerad.docx',
    'region-vastmanland-2025-resultatredovisning-signerad.signatur.json',
  ]);
  await expect(
    page.getByText('Signerad av Christer Alzén, Förvaltningsdirektör, Västerås 2026-01-21. Rapporten är låst.').first(),
  ).toBeVisible();

  // The manifest signed in the browser verifies on the command line; one changed byte does not.
  const docxPath = files.get(names[0]!)!;
  const manifestPath = files.get(names[1]!)!;
  const docx = new Uint8Array(readFileSync(docxPath));
  const signedXml = xmlParts(docx).get('word/document.xml')!;
  expect(signedXml).toContain('Christer Alzén');
  expect(signedXml).toMatch(
    /Elektroniskt signerad.*Christer Alzén, Förvaltningsdirektör, \d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2}\./s,
  );
  expect(signedXml.indexOf('<w:drawing>')).toBeLessThan(signedXml.indexOf('Region Västmanland'));
  const changed = docx.slice();
  changed[docx.length - 10] = changed[docx.length - 10]! ^ 0xff;
  const { io, output } = fakeIo({
    [basename(docxPath)]: docx,
    'ändrad.docx': changed,
    'm.json': new Uint8Array(readFileSync(manifestPath)),
  });
  // Without a trust anchor the command line names no signer; with the key's fingerprint it does.
  const signedWith = readManifest(new Uint8Array(readFileSync(manifestPath)), 'm.json').keyFingerprint!;
  expect(await runCli(['verify', basename(docxPath), '--manifest', 'm.json'], io)).toBe(1);
  expect(output().err).toContain('giltig signatur men okänd nyckel');
  expect(await runCli(['verify', basename(docxPath), '--manifest', 'm.json', '--key', signedWith], io)).toBe(0);
  expect(xmlParts(docx).get('word/document.xml')).toContain(
    `Signeringsnyckelns fingeravtryck (SHA-256): ${signedWith.match(/.{4}/g)!.join(' ')}`,
  );
  expect(output().out).toContain('oförändrad');
  expect(readManifest(new Uint8Array(readFileSync(manifestPath)), 'm.json').files).toHaveLength(1);

  // Locked: the document view shows the signed text and no editor.
  await final.openView('Dokument');
  await expect(page.getByRole('article', { name: 'Slutdokumentet' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Svar 1.1', exact: true })).toHaveCount(0);

  // Verify in the app too.
  await final.openView('Slutdokument');
  for (const [button, path] of [
    ['Välj den signerade filen', docxPath],
    ['Välj signaturfilen (.json)', manifestPath],
  ] as const) {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: button }).click();
    await (await choosing).setFiles(path);
  }
  await page.getByRole('button', { name: 'Verifiera', exact: true }).click();
  await expect(page.locator('.verdict')).toContainText('Oförändrad');

  // Reopening is explicit and voids the signature, visibly.
  await page.getByRole('button', { name: 'Öppna för ändringar (upphäver signaturen)' }).first().click();
  await page
    .getByRole('group', { name: 'Öppna för ändringar (upphäver signaturen)' })
    .getByRole('button', { name: 'Öppna för ändringar (upphäver signaturen)' })
    .click();
  await expect(page.getByText(/Upphävd signatur: Christer Alzén, 2026-01-21/)).toBeVisible();
  await final.openView('Dokument');
  await expect(page.getByRole('textbox', { name: 'Svar 1.1', exact: true })).toBeVisible();
  expect(await runCli(['verify', 'ändrad.docx', '--manifest', 'm.json'], io)).toBe(1);
});

test('findings block signing, and choosing one goes to its place', async ({ page }) => {
  test.setTimeout(60_000);
  const final = await openFinal(page, (input) => {
    input.report.header.vartDnr = 'RUFxxxxxx';
    input.answers.find((a) => a.questionId === '2.7')!.basis = [];
  });
  await expect(final.summary()).toHaveText('2 fel, 0 varningar');
  await expect(page.getByRole('button', { name: 'Signera rapporten' })).toBeDisabled();
  await expect(page.getByText('Rätta 2 fel i granskningen innan rapporten kan signeras.')).toBeVisible();
  // A Swedish name for each rule, never its id.
  await expect(final.review()).toContainText('Platshållare kvar');
  await expect(final.review()).toContainText('Underlag saknas');
  await expect(final.review()).not.toContainText('missing-basis');

  // The findings are one tab stop: arrow keys move inside, Tab leaves the list.
  const first = final.finding(/Fält: Vårt dnr/);
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(final.finding(/Fråga 2\.7/)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(final.finding(/Fråga 2\.7/)).not.toBeFocused();
  await expect(page.getByRole('button', { name: 'Exportera Word (.docx)' })).toBeFocused();

  await final.finding(/Fält: Vårt dnr/).click();
  await expect(page.getByRole('textbox', { name: 'Vårt dnr' })).toBeFocused();
  await final.openView('Slutdokument');
  await final.finding(/Fråga 2\.7/).click();
  await expect(page.getByRole('textbox', { name: 'Svar 2.7', exact: true })).toBeFocused();
});

test('the printed final document (the PDF) has A4 pages, "n (N)" on each, and the running header from page 2', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const missing = officeMissing();
  if (missing !== null) console.log(`Hoppar över PDF-testet: pdftotext saknas: ${missing}`);
  test.skip(missing !== null, `pdftotext saknas: ${missing}`);
  const final = await openFinal(page);
  await expect(final.summary()).toHaveText('Inga fel eller varningar – rapporten kan signeras.');
  // The pages are drawn in the background while the view is open; then the web build's print and Electron's printToPDF print them.
  const drawn = await final.pdfPagesDrawn();
  const pdf = await page.pdf(DESKTOP_PDF);
  const pages = pdfPages(pdf);
  // PDF_DUMP=path keeps the PDF for a look at its pages.
  if (process.env.PDF_DUMP) writeFileSync(process.env.PDF_DUMP, pdf);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages).toHaveLength(drawn);
  pages.forEach((text, i) => expect(text, `sida ${i + 1}`).toContain(`${i + 1} (${pages.length})`));
  expect(pages[0]).not.toContain('Vårt dnr RUF 2025/123\n');
  expect(pages[0]).toContain('UTKAST');
  for (const text of pages.slice(1).map(flowText)) {
    expect(text).toContain('Region Västmanland · Resultatredovisning av det regionala utvecklingsarbetet 2025');
    expect(text).toContain('Vårt dnr RUF 2025/123 · UTKAST');
  }
  // Every question's text can be read out of the PDF.
  const all = flowText(pages.join('\n'));
  for (const id of ['1.1', '2.7', '5.1a', '6.3'])
    expect(all).toContain(`arbetet med fråga ${id} genomförts tillsammans med kommunerna`);
  // Tagged, for a screen reader, with the title and every section whole in its outline (a wrapped heading keeps its space).
  const structure = pdfStructure(pdf);
  expect(structure.tagged).toBe(true);
  const title = `${template.title} 2025`;
  const sections = template.sections.map((section) => `${section.number}. ${section.title}`);
  expect(structure.outline.filter((entry) => entry === title || sections.includes(entry))).toEqual([
    title,
    ...sections,
  ]);
});

test("the PDF's pages are drawn in the background, shown at once as pages, and drawn again when the signer changes", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const final = await openFinal(page);
  const drawn = await final.pdfPagesDrawn();
  // Out of sight they are no part of the page for a screen reader or the keyboard, yet laid out as they will be printed.
  await expect(page.locator('.paged-pages')).toBeHidden();
  const pageHeight = await page
    .locator('.paged-pages .pagedjs_page')
    .first()
    .evaluate((element) => element.getBoundingClientRect().height);
  expect(pageHeight).toBeCloseTo((297 / 25.4) * 96, 0);
  await page.getByRole('button', { name: 'Visa som sidor' }).click();
  const zoomStatus = page.getByRole('group', { name: 'Förstoring' }).getByRole('status').filter({ hasText: /sid/ });
  await expect(zoomStatus).toHaveText(`${drawn} sidor`);
  await expect(page.locator('.paged-pages .pagedjs_page')).toHaveCount(drawn);

  // The signer's name is on the last page: typing it draws the pages again, once the typing stops; a reader scrolled
  // down to it stays there.
  const shownPages = page.locator('.paged-pages');
  const scrolled = await shownPages.evaluate((pages) => {
    pages.scrollTop = pages.scrollHeight;
    return pages.scrollTop;
  });
  expect(scrolled).toBeGreaterThan(1000);
  const name = page.getByRole('textbox', { name: 'Namn', exact: true });
  await name.fill('Anna Andersson');
  await expect(final.pdfStatus()).toHaveText(`PDF:en blir ${drawn} sidor`, { timeout: 30_000 });
  await expect(page.locator('.paged-pages .pagedjs_page').last()).toContainText('Anna Andersson');
  expect(await shownPages.evaluate((pages) => pages.scrollTop)).toBe(scrolled);
  await expect(page.locator('.paged-pages .pagedjs_page')).toHaveCount(drawn);
  const axe = await new AxeBuilder({ page }).include('.final-view').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const missing = officeMissing();
  if (missing) return console.log(`PDF-delen hoppas över: ${missing}`);
  const pdf = pdfPages(await page.pdf(DESKTOP_PDF));
  expect(pdf).toHaveLength(drawn);
  expect(flowText(pdf.at(-1)!)).toContain('Anna Andersson');
});

test('Förhandsvisning as pages: A4 pages with n (N), each footnote at the foot of the page where it is referenced, a zoom', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openFinal(page);
  await page.getByRole('button', { name: 'Visa som sidor' }).click();
  await expect(
    page.getByRole('group', { name: 'Förstoring' }).getByRole('status').filter({ hasText: /sid/ }),
  ).toHaveText(/^\d+ sidor$/, { timeout: 30_000 });
  const pages = page.locator('.paged-pages .pagedjs_page');
  const count = await pages.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // The margin boxes are generated content: page numbers "n (N)" at the foot of every page, the running header from page 2.
  const generated = (i: number, box: string) =>
    pages
      .nth(i)
      .locator(`.pagedjs_margin-${box} .pagedjs_margin-content`)
      .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await generated(0, 'bottom-center')).toContain('counter(page)');
  expect(await generated(0, 'bottom-center')).toContain('counter(pages)');
  expect(await generated(1, 'top-left')).toContain(
    'Region Västmanland · Resultatredovisning av det regionala utvecklingsarbetet 2025',
  );
  expect(await generated(1, 'top-right')).toContain('Vårt dnr RUF 2025/123');
  expect(await generated(0, 'top-left')).not.toContain('Region Västmanland');
  // Footnote 1 belongs to 1.4 (and 2.6, 3.4, 4.4 carry the same text further on): on 1.4's page, in that page's footnote area.
  const first = pages.filter({ hasText: '1.4 Beskriv vilka prestationer' });
  await expect(first).toHaveCount(1);
  await expect(first.locator('.pagedjs_footnote_area')).toContainText('För definitioner och exempel av resultat');
  // No page carries a footnote whose reference is on another page: each area's notes are called on the same page.
  for (let i = 0; i < count; i++) {
    const notes = await pages.nth(i).locator('.pagedjs_footnote_area .paged-footnote').count();
    const calls = await pages
      .nth(i)
      .locator(
        '.pagedjs_page_content [data-footnote-call], .pagedjs_page_content .pagedjs_footnote_call, .pagedjs_page_content a.footnote-call',
      )
      .count();
    if (notes > 0) expect(calls, `sida ${i + 1}`).toBeGreaterThanOrEqual(notes);
  }
  await page.getByRole('button', { name: 'Förstora' }).click();
  await expect(page.getByRole('group', { name: 'Förstoring' }).locator('output')).toHaveText('125 %');
  const axe = await new AxeBuilder({ page }).include('.final-preview').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Printed as shown (the PDF of the web build's print): footnote 1 on the same page as 1.4, page numbers on each page.
  const missing = officeMissing();
  if (missing) return console.log(`PDF-delen hoppas över: ${missing}`);
  const pagedPdf = await page.pdf(DESKTOP_PDF);
  if (process.env.PDF_DUMP) writeFileSync(process.env.PDF_DUMP, pagedPdf);
  const pdfText = pdfPages(pagedPdf).map(flowText);
  expect(pdfText).toHaveLength(count);
  const withQuestion = pdfText.findIndex((text) => text.includes('1.4 Beskriv vilka prestationer'));
  expect(withQuestion).toBeGreaterThanOrEqual(0);
  expect(pdfText[withQuestion]).toContain('För definitioner och exempel av resultat');
  pdfText.forEach((text, i) => expect(text, `sida ${i + 1}`).toContain(`${i + 1} (${count})`));
});

// Generated long reports (the benches' full size, other words each): wherever the page breaks fall, Paged.js keeps
// headings, questions and the signature whole and never leaves a heading or a question at the foot of a page.
for (const seed of [7, 11, 23]) {
  test(`a long report's pages keep headings and questions whole and with their answers (words ${seed})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const contents = fullSizeContents(53_500, seed);
    const final = await openFinal(page, (input) => {
      for (const answer of input.answers) answer.content = contents.get(answer.questionId)!;
    });
    const drawn = await final.pdfPagesDrawn();
    expect(drawn).toBeGreaterThan(15);
    const pages = await page.locator('.paged-pages .pagedjs_page').evaluateAll((all) =>
      all.map((sheet) => {
        const kept = [...sheet.querySelectorAll('h1, h2, h3, .final-question-text, .final-signature')];
        // The last thing with text on the page (Paged.js marks what it cut with data-split-to).
        const blocks = [...sheet.querySelectorAll('.pagedjs_page_content :is(p, h1, h2, h3, h4, li, td, img)')].filter(
          (block) => block.matches('img') || block.textContent!.trim() !== '',
        );
        const last = blocks.at(-1);
        return {
          split: kept.filter((block) => block.hasAttribute('data-split-to')).map((block) => block.textContent!),
          endsWith: last?.closest('h1, h2, h3, .final-question-text') ? last.textContent! : null,
          questions: [...sheet.querySelectorAll('.final-question-text:not([data-split-from])')].length,
        };
      }),
    );
    expect(pages).toHaveLength(drawn);
    expect(pages.flatMap((p, i) => p.split.map((text) => `sida ${i + 1}: ${text}`))).toEqual([]);
    expect(pages.flatMap((p, i) => (p.endsWith === null ? [] : [`sida ${i + 1}: ${p.endsWith}`]))).toEqual([]);
    // Every question is there once: nothing was lost or doubled by moving the breaks.
    const questionTexts = await page.locator('.preview-body > .final-document .final-question-text').count();
    expect(pages.reduce((sum, p) => sum + p.questions, 0)).toBe(questionTexts);
  });
}
