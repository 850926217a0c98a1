import { useEffect } from 'react';

/*
 * The printed pages of the final document (the PDF from Electron's printToPDF and the web
 * build's print): A4 with the .docx's margins, "n (N)" at the foot of every page, and from
 * page 2 the running header with the organisation, the title and "Vårt dnr"; a draft says
 * UTKAST on every page. Chromium lays out @page margin boxes itself. The header's words
 * come from the report, so the rules go into a constructable stylesheet (the CSP allows
 * no inline <style>), adopted while the document is shown.
 */

/** A CSS string literal of any text. */
function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]/g, ' ')}"`;
}

export interface RunningHeader {
  organisation: string;
  title: string;
  caseNumber: string;
}

/**
 * The page's margin boxes: the running header (organisation · title, and Vårt dnr) from
 * page 2, "n (N)" at the foot, UTKAST on every page of a draft; `extra` goes into the
 * same @page rule (the paged preview's footnote area). Chromium sizes the top boxes by
 * the widths given; Paged.js sizes its grid columns by their text itself, and a width
 * there is a share of that column (Vårt dnr wrapped over four lines).
 */
export function pageRules(running: RunningHeader, draft: boolean, extra = '', boxWidths = true): string {
  const box = 'font-family: Arial, "Liberation Sans", sans-serif; font-size: 8pt; color: #000;';
  const left = cssString(`${running.organisation} · ${running.title}`);
  const right = cssString(
    [running.caseNumber ? `Vårt dnr ${running.caseNumber}` : '', draft ? 'UTKAST' : ''].filter(Boolean).join(' · '),
  );
  return [
    `@page { size: A4; margin: 25mm 25mm 25mm 25mm;
      @top-left { content: ${left}; ${box}${boxWidths ? ' width: 70%;' : ''} }
      @top-right { content: ${right}; ${box}${boxWidths ? ' width: 30%;' : ''} }
      @bottom-center { content: counter(page) " (" counter(pages) ")"; ${box} font-size: 9pt; }
      ${extra} }`,
    // Page 1 opens with the organisation and the header table; a draft still says so.
    `@page :first { @top-left { content: none; } @top-right { content: ${draft ? '"UTKAST"' : 'none'}; } }`,
  ].join('\n');
}

/** The paged document's rules: the printed page's (margins, margin boxes) with the footnote area. */
export function pagedRules(running: RunningHeader, draft: boolean): string {
  return `${pageRules(running, draft, '@footnote { border-top: 0.5pt solid #000; padding-top: 2mm; margin-top: 4mm; }', false)}
.paged-footnote { float: footnote; font-size: 9pt; font-weight: 400; line-height: 1.3; }
.paged-footnote::footnote-marker { content: counter(footnote) " "; }
.paged-footnote::footnote-call { content: counter(footnote); vertical-align: super; font-size: 0.7em; line-height: 0; }
`;
}

/** Adopts the report's page rules while the calling component is shown (and `active`). */
export function usePrintPages(running: RunningHeader, draft: boolean, active = true): void {
  const { organisation, title, caseNumber } = running;
  useEffect(() => {
    if (!active || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRules({ organisation, title, caseNumber }, draft));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [organisation, title, caseNumber, draft, active]);
}
