import type { Browser } from '@playwright/test';
import { benchContext, restoreWorkspace } from './app-page';
import { fullSizeWorkspace } from './full-report';
import { PDF_OPTIONS } from '../../main/host/pdf-options';
import { pageRules } from '../../renderer/final/print-pages';
import { median, type Figure } from './stats';

/*
 * The PDF (performance issue, item 5): the full-size report printed as the app prints it
 * (the final view's pages, drawn with Paged.js in the background while the view is open,
 * footnotes at the foot of their page, then CDP Page.printToPDF with the desktop app's
 * printToPDF options: a tagged PDF with an outline), from the click on "Skriv ut / spara
 * som PDF" to the PDF's bytes, beside Chromium printing the same content as plain HTML
 * with the same options: the final document's HTML with the same stylesheets and @page
 * rules in the bench page, paginated by Chromium itself.
 * Also said, without a bound: the click at once on opening the view, when the pages are
 * drawn on the click's path.
 */

const RUNS = 9;
// The desktop app's own printToPDF options (tagged, with an outline), both sides alike; its page size and margins are
// the @page rules' here too.
const { pageSize: _a4, margins: _margins, ...PRINT } = PDF_OPTIONS;

/** Pages in a PDF (its page objects). */
function pageCount(base64: string): number {
  return (
    Buffer.from(base64, 'base64')
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
}

/** The PDF figure, measured in the built app and the bench page. */
export async function pdfBench(browser: Browser, base: string): Promise<Figure[]> {
  const workspace = fullSizeWorkspace();
  const context = await benchContext(await browser.newContext({ viewport: { width: 1400, height: 1000 } }));
  const page = await context.newPage();
  await restoreWorkspace(page, base, workspace);
  const report = workspace.reports[0]!;
  const finalHash = `#/rapport/${report.id}/slutdokument`;
  await page.evaluate((h) => (location.hash = h), finalHash);
  await page.locator('.preview-body > .final-document .final-question').last().waitFor();
  // The same content as plain HTML: the document's markup (its images inlined) and every rule the page has.
  await page
    .locator('.preview-body > .final-document img')
    .first()
    .evaluate((img: HTMLImageElement) => img.decode());
  const plain = await page.evaluate((caseNumber) => {
    // The long document as shown (the pages, drawn in the background, are elsewhere in the view).
    const shownArticle = document.querySelector<HTMLElement>('.preview-body > .final-document')!;
    const article = shownArticle.cloneNode(true) as HTMLElement;
    // Drawn through a canvas: the CSP lets the page show blob: images but not fetch them.
    const shown = [...shownArticle.querySelectorAll('img')];
    article.querySelectorAll('img').forEach((img, i) => {
      const source = shown[i]!;
      const canvas = document.createElement('canvas');
      canvas.width = source.naturalWidth;
      canvas.height = source.naturalHeight;
      canvas.getContext('2d')!.drawImage(source, 0, 0);
      img.src = canvas.toDataURL('image/png');
    });
    // The app's stylesheet; the page rules are added in Node (the adopted sheets are Paged.js's once pages are drawn).
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    const running = {
      organisation: article.querySelector('.final-organisation')!.textContent!,
      title: article.querySelector('.final-title')!.textContent!,
      caseNumber,
    };
    return { html: article.outerHTML, css, running };
  }, report.header.vartDnr ?? '');
  plain.css += `\n${pageRules(plain.running, true)}`;
  const cdp = await context.newCDPSession(page);
  // The web build's "Skriv ut / spara som PDF" ends in window.print(): here it hands over to CDP's printToPDF, as Electron's
  // would. The click's own time is the page's, from the click event to the print call (not Playwright's checks before it).
  let printAsked: (clickMs: number) => void = () => {};
  await page.exposeFunction('__benchPrint', (clickMs: number) => printAsked(clickMs));
  await page.evaluate(() => {
    let clickedAt = 0;
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), true);
    const bench = window as unknown as { __benchPrint: (clickMs: number) => Promise<void> };
    window.print = () => void bench.__benchPrint(performance.now() - clickedAt);
  });
  const printButton = page.getByRole('button', { name: 'Skriv ut / spara som PDF' });
  const printFromClick = async () => {
    const asked = new Promise<number>((resolve) => (printAsked = resolve));
    await printButton.click();
    const clickMs = await asked;
    const start = performance.now();
    const { data } = (await cdp.send('Page.printToPDF', PRINT)) as { data: string };
    return { ms: clickMs + performance.now() - start, clickMs, pages: pageCount(data) };
  };
  // As a reader does: the final view open, its pages drawn in the background; then the click.
  const app: number[] = [];
  const clickToPrint: number[] = [];
  let appPages = 0;
  for (let run = 0; run < RUNS; run++) {
    await page.getByText(/^PDF:en blir \d+ sidor$/).waitFor();
    const printed = await printFromClick();
    app.push(printed.ms);
    clickToPrint.push(printed.clickMs);
    appPages = printed.pages;
  }
  // The click at once on opening the view: the pages are drawn on the click's path.
  const atOnce: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate((h) => (location.hash = h), finalHash.replace('slutdokument', 'dokument'));
    await printButton.waitFor({ state: 'detached' });
    await page.evaluate((h) => (location.hash = h), finalHash);
    await printButton.waitFor();
    atOnce.push((await printFromClick()).ms);
  }

  const plainPage = await context.newPage();
  await plainPage.goto(`${base}/bench/index.html`);
  await plainPage.evaluate(({ html, css }) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    document.body.innerHTML = html;
  }, plain);
  await plainPage
    .locator('.final-document img')
    .first()
    .evaluate((img: HTMLImageElement) => img.decode());
  const plainCdp = await context.newCDPSession(plainPage);
  const comparator: number[] = [];
  let plainPages = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const { data } = (await plainCdp.send('Page.printToPDF', PRINT)) as { data: string };
    comparator.push(performance.now() - start);
    plainPages = pageCount(data);
  }
  await context.close();
  console.log(
    `PDF: the app's ${appPages} pages, plain HTML ${plainPages} pages; the click to the app's print call, median ${median(clickToPrint).toFixed(0)} ms; clicked at once on opening the view (pages drawn on the click's path): median ${median(atOnce).toFixed(0)} ms, ${(median(atOnce) / median(comparator)).toFixed(2)}× (no bound)`,
  );
  return [
    {
      name: `full-size report to PDF, click to bytes (pages drawn), median of ${RUNS}`,
      app: median(app),
      comparator: median(comparator),
      comparatorName: 'Page.printToPDF of the same content as plain HTML (same stylesheets and @page rules)',
      bound: 1.5,
    },
  ];
}
