import type { Browser } from '@playwright/test';
import { benchContext, restoreWorkspace } from './app-page';
import { fullSizeWorkspace } from './full-report';
import { median, type Figure } from './stats';

/*
 * The PDF (performance issue, item 5): the full-size report printed as the app prints it
 * (the final view drawn as pages with Paged.js, footnotes at the foot of their page, then
 * CDP Page.printToPDF, as Electron's printToPDF does), from the click to the PDF's bytes,
 * beside Chromium printing the same content as plain HTML: the final document's HTML with
 * the same stylesheets and @page rules in the bench page, paginated by Chromium itself.
 */

const RUNS = 5;
const PRINT = { preferCSSPageSize: true, printBackground: true } as const;

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
  await page.evaluate((h) => (location.hash = h), `#/rapport/${workspace.reports[0]!.id}/slutdokument`);
  await page.locator('.final-document .final-question').last().waitFor();
  // The same content as plain HTML: the document's markup (its images inlined) and every rule the page has.
  await page
    .locator('.final-document img')
    .first()
    .evaluate((img: HTMLImageElement) => img.decode());
  const plain = await page.evaluate(() => {
    const article = document.querySelector('.final-document')!.cloneNode(true) as HTMLElement;
    // Drawn through a canvas: the CSP lets the page show blob: images but not fetch them.
    const shown = [...document.querySelectorAll<HTMLImageElement>('.final-document img')];
    article.querySelectorAll('img').forEach((img, i) => {
      const source = shown[i]!;
      const canvas = document.createElement('canvas');
      canvas.width = source.naturalWidth;
      canvas.height = source.naturalHeight;
      canvas.getContext('2d')!.drawImage(source, 0, 0);
      img.src = canvas.toDataURL('image/png');
    });
    const css = [...document.styleSheets, ...document.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    return { html: article.outerHTML, css };
  });
  const cdp = await context.newCDPSession(page);
  const toggle = page.getByRole('button', { name: 'Visa som sidor' });
  const app: number[] = [];
  const printOnly: number[] = [];
  let appPages = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await toggle.click();
    await page.waitForFunction(() =>
      /^\d+ sidor$/.test(document.querySelector('.paged-tools [role="status"]')?.textContent ?? ''),
    );
    const printing = performance.now();
    const { data } = (await cdp.send('Page.printToPDF', PRINT)) as { data: string };
    app.push(performance.now() - start);
    printOnly.push(performance.now() - printing);
    appPages = pageCount(data);
    await toggle.click();
    await page.locator('.paged-preview').waitFor({ state: 'detached' });
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
    `PDF: the app's ${appPages} pages (printToPDF of the drawn pages alone, median ${median(printOnly).toFixed(0)} ms), plain HTML ${plainPages} pages`,
  );
  return [
    {
      name: `full-size report to PDF, click to bytes, median of ${RUNS}`,
      app: median(app),
      comparator: median(comparator),
      comparatorName: 'Page.printToPDF of the same content as plain HTML (same stylesheets and @page rules)',
      bound: 1.5,
    },
  ];
}
