import { Previewer } from 'pagedjs';
import baseStyles from 'pagedjs-base-styles';
import { pageRules, type RunningHeader } from './print-pages';

/*
 * Pagination of the final document with Paged.js: A4 pages with the document's margins,
 * the running header from page 2, "n (N)" at the foot and each footnote at the bottom of
 * the page where it is referenced (`float: footnote`, which Chromium itself lacks).
 * Paged.js writes its styles into <style> elements, which the CSP forbids; its polisher
 * is given constructable stylesheets instead (adopted, and dropped again on `destroy`).
 */

/** The paged document's rules: the printed page's (margins, margin boxes) with the footnote area. */
export function pagedRules(running: RunningHeader, draft: boolean): string {
  return `${pageRules(running, draft, '@footnote { border-top: 0.5pt solid #000; padding-top: 2mm; margin-top: 4mm; }')}
.paged-footnote { float: footnote; font-size: 9pt; font-weight: 400; line-height: 1.3; }
.paged-footnote::footnote-marker { content: counter(footnote) " "; }
.paged-footnote::footnote-call { content: counter(footnote); vertical-align: super; font-size: 0.7em; line-height: 0; }
`;
}

/** Paginates `content` into `target`; the returned `destroy` drops the styles it adopted. */
export async function paginate(
  content: string,
  css: string,
  target: HTMLElement,
): Promise<{ pages: number; destroy: () => void }> {
  const previewer = new Previewer();
  const polisher = previewer.polisher;
  const adopted: CSSStyleSheet[] = [];
  const adopt = (text: string) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    adopted.push(sheet);
    return sheet;
  };
  polisher.setup = () => {
    polisher.base = adopt(baseStyles);
    polisher.styleSheet = adopt('');
    return polisher.styleSheet;
  };
  polisher.insert = (text: string) => {
    const sheet = adopt(text);
    polisher.inserted.push(sheet);
    return sheet;
  };
  const flow = await previewer.preview(content, [{ 'rapport.css': css }], target);
  return {
    pages: flow.total,
    destroy: () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !adopted.includes(s))),
  };
}
