/*
 * How the desktop app prints the final document to PDF (webContents.printToPDF). The
 * page itself (A4, margins, running header, "n (N)") is the document's own @page rules
 * (renderer/final/print-pages.ts). The PDF is tagged: a region publishes this report,
 * and a published document must be readable with assistive technology (headings, lists,
 * reading order, image texts), with an outline of its headings to navigate by. Electron
 * leaves both off unless asked; the bench prints with these same options.
 */

/** The options of every printToPDF of the final document. */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { marginType: 'default' },
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;
