/*
 * Clipboard HTML from Word and web pages, reduced to what an answer may hold:
 * paragraphs, line breaks, bold/italic/underline, lists, sub-headings, tables (cells
 * with their spans), safe links and embedded (data:) images. Everything else (styles,
 * fonts, classes, scripts, Office markup) goes, keeping its text.
 *
 * Word does not put lists on the clipboard as <ul>/<ol>: each item is a paragraph with
 * `mso-list:l<list> level<n> lfo<k>` in its style and the bullet or number as text in a
 * span marked `mso-list:Ignore`. Runs of such paragraphs are rebuilt into nested lists,
 * ordered when the marker is a number or letter.
 */

const DROP =
  'script,style,meta,link,title,object,embed,iframe,frame,frameset,svg,math,template,noscript,head,xml,input,button,select,textarea,form,canvas,video,audio,source,base,colgroup,col';
const KEEP = new Set([
  'P',
  'BR',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'UL',
  'OL',
  'LI',
  'A',
  'H4',
  'IMG',
  'TABLE',
  'TR',
  'TD',
  'TH',
]);
const CELLS = new Set(['TD', 'TH']);
const BLOCKISH = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'NAV',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'DT',
  'DD',
]);
const SAFE_LINK = /^(https?:|mailto:)/i;
const SAFE_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/i;
const MSO_LIST = /mso-list:\s*l(\d+)\s+level(\d+)/i;

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase();
}

/**
 * The element's style declarations by exact property name. Matching the text of the
 * style attribute is not enough: Word writes `mso-bidi-font-weight:normal` on its bold,
 * which contains `font-weight:normal`.
 */
function styleProps(element: Element): Map<string, string> {
  const props = new Map<string, string>();
  for (const declaration of styleOf(element).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) props.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
  return props;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
  return replacement;
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
}

interface WordItem {
  paragraph: Element;
  list: string;
  level: number;
  ordered: boolean;
}

function wordListItem(paragraph: Element): WordItem | null {
  const match = MSO_LIST.exec(styleOf(paragraph));
  if (!match) return null;
  const marker = Array.from(paragraph.querySelectorAll('[style]'))
    .filter((el) => /mso-list:\s*ignore/i.test(styleOf(el)))
    .map((el) => el.textContent ?? '')
    .join('')
    .trim();
  return { paragraph, list: match[1]!, level: Number(match[2]), ordered: /^(\d+|[a-z]|[ivxlc]+)[.)]/i.test(marker) };
}

function rebuildWordLists(body: HTMLElement): void {
  const paragraphs = Array.from(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6'));
  let run: WordItem[] = [];
  const flush = () => {
    if (run.length > 0) buildList(run);
    run = [];
  };
  for (const paragraph of paragraphs) {
    const item = wordListItem(paragraph);
    const previous = run[run.length - 1];
    const adjacent = previous && previous.paragraph.nextElementSibling === paragraph && previous.list === item?.list;
    if (item && (run.length === 0 || adjacent)) run.push(item);
    else {
      flush();
      if (item) run.push(item);
    }
  }
  flush();
}

function buildList(items: WordItem[]): void {
  const doc = items[0]!.paragraph.ownerDocument;
  const stack: { level: number; list: Element }[] = [];
  let top: Element | null = null;
  for (const item of items) {
    item.paragraph.querySelectorAll('[style]').forEach((el) => {
      if (/mso-list:\s*ignore/i.test(styleOf(el))) el.remove();
    });
    while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
    let current = stack[stack.length - 1];
    if (!current || current.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (current) (current.list.lastElementChild ?? current.list).append(list);
      else top = list;
      current = { level: item.level, list };
      stack.push(current);
    }
    const li = doc.createElement('li');
    li.append(...Array.from(item.paragraph.childNodes));
    current.list.append(li);
  }
  items[0]!.paragraph.before(top!);
  items.forEach((item) => item.paragraph.remove());
}

function wrapInlineStyle(element: Element): void {
  const props = styleProps(element);
  const doc = element.ownerDocument;
  const wrappers: string[] = [];
  if (/^(bold|bolder|[6-9]00)\b/.test(props.get('font-weight') ?? '')) wrappers.push('b');
  if (/^italic\b/.test(props.get('font-style') ?? '')) wrappers.push('i');
  if (/underline/.test(props.get('text-decoration') ?? props.get('text-decoration-line') ?? '')) wrappers.push('u');
  for (const tag of wrappers) {
    const wrapper = doc.createElement(tag);
    wrapper.append(...Array.from(element.childNodes));
    element.append(wrapper);
  }
}

function normalize(element: Element): void {
  for (const child of Array.from(element.children)) normalize(child);
  const tag = element.tagName.toUpperCase();
  if (element.tagName === 'BODY') return;
  // Google Docs wraps the whole clipboard in <b style="font-weight:normal">: not bold.
  if ((tag === 'B' || tag === 'STRONG') && /^(normal|[1-4]00)\b/.test(styleProps(element).get('font-weight') ?? ''))
    return unwrap(element);
  wrapInlineStyle(element);
  if (/^H[1-6]$/.test(tag)) {
    rename(element, 'h4');
    return;
  }
  if (tag === 'A') {
    const href = (element.getAttribute('href') ?? '').trim();
    if (!SAFE_LINK.test(href)) return unwrap(element);
    // Google Docs underlines a link's text itself; a link is shown underlined anyway.
    for (const u of Array.from(element.children)) if (u.tagName === 'U') unwrap(u);
    for (const attr of Array.from(element.attributes)) if (attr.name !== 'href') element.removeAttribute(attr.name);
    return;
  }
  if (tag === 'IMG') {
    const src = element.getAttribute('src') ?? '';
    if (!SAFE_IMAGE.test(src)) return element.remove();
    const alt = element.getAttribute('alt') ?? '';
    for (const attr of Array.from(element.attributes)) element.removeAttribute(attr.name);
    element.setAttribute('src', src);
    element.setAttribute('alt', alt);
    return;
  }
  if (BLOCKISH.has(tag)) {
    const hasBlocks = element.querySelector('p,ul,ol,h4,div,li,table');
    if (hasBlocks) unwrap(element);
    else rename(element, 'p');
    return;
  }
  // A table's caption is a paragraph before the table.
  if (tag === 'CAPTION') {
    const table = element.closest('table');
    const paragraph = rename(element, 'p');
    if (table) table.before(paragraph);
    return;
  }
  if (CELLS.has(tag)) {
    const span = (name: string) =>
      Math.min(Math.max(1, Number.parseInt(element.getAttribute(name) ?? '1', 10) || 1), 2_000);
    const [colspan, rowspan] = [span('colspan'), span('rowspan')];
    for (const attr of Array.from(element.attributes)) element.removeAttribute(attr.name);
    if (colspan > 1) element.setAttribute('colspan', String(colspan));
    if (rowspan > 1) element.setAttribute('rowspan', String(rowspan));
    return;
  }
  // LibreOffice and Google Docs put a paragraph inside each list item: the item is the paragraph.
  if (tag === 'P' && element.parentElement?.tagName === 'LI') return unwrap(element);
  if (!KEEP.has(tag)) return unwrap(element);
  for (const attr of Array.from(element.attributes)) element.removeAttribute(attr.name);
  if (tag === 'UL' || tag === 'OL')
    for (const node of Array.from(element.childNodes))
      if (node.nodeType === 3 && !node.textContent?.trim()) node.remove();
}

/** Parses clipboard HTML inertly (nothing runs) and returns a body holding only allowed markup. */
export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): HTMLElement {
  const doc = parser.parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  Array.from(doc.body.getElementsByTagName('*'))
    .filter((el) => el.tagName.includes(':'))
    .forEach((el) => (el.textContent?.trim() ? unwrap(el) : el.remove()));
  removeComments(doc.body);
  rebuildWordLists(doc.body);
  normalize(doc.body);
  return doc.body;
}

/** The size of each table in cleaned clipboard HTML: its widest row (counting spans) and its cells. */
export function tableSizes(body: HTMLElement): { table: HTMLTableElement; columns: number; cells: number }[] {
  return Array.from(body.querySelectorAll('table')).map((table) => {
    const rows = Array.from(table.rows);
    const columns = Math.max(0, ...rows.map((row) => Array.from(row.cells).reduce((n, cell) => n + cell.colSpan, 0)));
    return { table, columns, cells: rows.reduce((n, row) => n + row.cells.length, 0) };
  });
}

/** A table as text: a paragraph per row, its cells' text separated by " | ". */
export function tableAsText(table: HTMLTableElement): void {
  const doc = table.ownerDocument;
  const paragraphs = Array.from(table.rows).map((row) => {
    const p = doc.createElement('p');
    p.textContent = Array.from(row.cells)
      .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
      .join(' | ');
    return p;
  });
  table.replaceWith(...paragraphs);
}
