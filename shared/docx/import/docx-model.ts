import type { DocxPackage } from './zip';
import { child, childrenNamed, descendant, parseXml, rootElement, type XmlNode } from './xml';
import { imageProblem } from '../../report/image-check';

/*
 * A .docx body read into a small model: paragraphs (style, heading level, list level
 * and kind, runs with formats, links, line breaks, images and check boxes) and tables.
 * Tracked deletions are left out, insertions kept; content controls are unwrapped, and
 * a check-box content control becomes a check box run.
 */

export const TEXT_FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, subscript: 32, superscript: 64 } as const;

export type DocxRun =
  | { kind: 'text'; text: string; format: number; link?: string }
  | { kind: 'break' }
  | { kind: 'image'; key: string; alt: string; width: number | null; height: number | null }
  | { kind: 'checkbox'; checked: boolean }
  /** A footnote mark, with the footnote's text (a template's questions carry them; an answer's are left out). */
  | { kind: 'footnote'; text: string };

export interface DocxParagraph {
  kind: 'paragraph';
  /** A table inside an answer, carried in the answer's paragraphs; `text` is then its rows ("a | b"). */
  table?: DocxTable;
  style: string;
  /** 0 for a title, 1–9 for headings, null otherwise. */
  heading: number | null;
  list: { id: string; level: number; ordered: boolean } | null;
  runs: DocxRun[];
  /** The paragraph's text with check boxes as ☒/☐. */
  text: string;
}

export interface DocxTable {
  kind: 'table';
  rows: DocxParagraph[][][];
  /** Per cell, as `rows`: the columns it spans, and whether it starts or continues a vertical merge. */
  layout: { colSpan: number; vMerge: 'restart' | 'continue' | null }[][];
  /** Per row: a header row (repeated at the top of each page in Word). */
  headerRows: boolean[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxDocument {
  blocks: DocxBlock[];
  images: ReadonlyMap<string, { bytes: Uint8Array; mimeType: string }>;
  /** Images left out (not an image, too large), one message each. */
  droppedImages: readonly string[];
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
// Wingdings check-box glyphs Word writes with w:sym.
const SYMBOL_BOXES: Record<string, boolean> = {
  F0FD: true,
  F0FE: true,
  F078: true,
  F0A8: false,
  F06F: false,
  F0A1: false,
  '2612': true,
  '2611': true,
  '2610': false,
};
const EMU_PER_PIXEL = 9525;

function on(props: XmlNode | undefined, name: string): boolean {
  const node = props && child(props, name);
  if (!node) return false;
  const value = node.attrs['w:val'];
  return value === undefined || !['0', 'false', 'none'].includes(value);
}

function runFormat(run: XmlNode): number {
  const props = child(run, 'w:rPr');
  let format = 0;
  if (on(props, 'w:b')) format |= TEXT_FORMAT.bold;
  if (on(props, 'w:i')) format |= TEXT_FORMAT.italic;
  if (on(props, 'w:u')) format |= TEXT_FORMAT.underline;
  if (on(props, 'w:strike')) format |= TEXT_FORMAT.strike;
  const align = props && child(props, 'w:vertAlign')?.attrs['w:val'];
  if (align === 'superscript') format |= TEXT_FORMAT.superscript;
  if (align === 'subscript') format |= TEXT_FORMAT.subscript;
  return format;
}

interface Context {
  rels: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, string>;
  numbering: ReadonlyMap<string, (level: number) => boolean>;
  /** Footnote id → its text. */
  footnotes: ReadonlyMap<string, string>;
  images: Map<string, { bytes: Uint8Array; mimeType: string }>;
  /** Images left out, with why. */
  dropped: string[];
  pkg: DocxPackage;
}

function imageRun(node: XmlNode, ctx: Context): DocxRun | null {
  const blip = descendant(node, 'a:blip') ?? descendant(node, 'v:imagedata');
  const id = blip?.attrs['r:embed'] ?? blip?.attrs['r:id'];
  const target = id ? ctx.rels.get(id) : undefined;
  if (!target) return null;
  const path = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  const bytes = ctx.pkg.files.get(path);
  const mimeType = IMAGE_TYPES[path.split('.').pop()!.toLowerCase()];
  if (!bytes || !mimeType) return null;
  // A bad or oversized image is left out with a word in the summary, and no reference to it stays in the text.
  const problem = imageProblem(path.split('/').pop() ?? path, mimeType, bytes);
  if (problem) {
    if (!ctx.dropped.includes(problem)) ctx.dropped.push(problem);
    return null;
  }
  ctx.images.set(path, { bytes, mimeType });
  const extent = descendant(node, 'wp:extent');
  const px = (v: string | undefined) =>
    v && Number(v) > 0 ? Math.max(1, Math.min(10_000, Math.round(Number(v) / EMU_PER_PIXEL))) : null;
  const doc = descendant(node, 'wp:docPr');
  return {
    kind: 'image',
    key: path,
    alt: doc?.attrs.descr ?? doc?.attrs.title ?? '',
    width: px(extent?.attrs.cx),
    height: px(extent?.attrs.cy),
  };
}

function collectRuns(nodes: readonly XmlNode[], ctx: Context, out: DocxRun[], link?: string): void {
  for (const node of nodes) {
    switch (node.name) {
      case 'w:r':
        for (const part of node.children) {
          if (part.name === 'w:t') {
            const text = part.children.map((c) => c.text ?? '').join('');
            out.push(
              link
                ? { kind: 'text', text, format: runFormat(node), link }
                : { kind: 'text', text, format: runFormat(node) },
            );
          } else if (part.name === 'w:tab') out.push({ kind: 'text', text: '\t', format: runFormat(node) });
          else if ((part.name === 'w:br' && part.attrs['w:type'] !== 'page') || part.name === 'w:cr')
            out.push({ kind: 'break' });
          else if (part.name === 'w:drawing' || part.name === 'w:pict') {
            const image = imageRun(part, ctx);
            if (image) out.push(image);
          } else if (part.name === 'w:footnoteReference') {
            out.push({ kind: 'footnote', text: ctx.footnotes.get(part.attrs['w:id'] ?? '') ?? '' });
          } else if (part.name === 'w:sym') {
            const checked = SYMBOL_BOXES[(part.attrs['w:char'] ?? '').toUpperCase()];
            if (checked !== undefined) out.push({ kind: 'checkbox', checked });
          }
        }
        break;
      case 'w:hyperlink': {
        const target = node.attrs['r:id'] ? ctx.rels.get(node.attrs['r:id']) : undefined;
        collectRuns(node.children, ctx, out, target ?? link);
        break;
      }
      case 'w:sdt': {
        const box = descendant(child(node, 'w:sdtPr') ?? { name: '', attrs: {}, children: [] }, 'w14:checkbox');
        if (box) {
          const checked = child(box, 'w14:checked')?.attrs['w14:val'];
          out.push({ kind: 'checkbox', checked: checked === '1' || checked === 'true' });
        } else collectRuns(child(node, 'w:sdtContent')?.children ?? [], ctx, out, link);
        break;
      }
      case 'w:ins':
      case 'w:smartTag':
      case 'w:fldSimple':
      case 'w:customXml':
        collectRuns(node.children, ctx, out, link);
        break;
      default:
        break;
    }
  }
}

function headingLevel(style: string): number | null {
  if (/^(title|rubrik)$/.test(style)) return 0;
  const match = /^(?:heading|rubrik)\s*(\d)$/.exec(style);
  return match ? Number(match[1]) : null;
}

function readParagraph(node: XmlNode, ctx: Context): DocxParagraph {
  const props = child(node, 'w:pPr');
  const styleId = props && child(props, 'w:pStyle')?.attrs['w:val'];
  const style = (styleId ? (ctx.styles.get(styleId) ?? styleId) : '').toLowerCase();
  const numPr = props && child(props, 'w:numPr');
  const numId = numPr && child(numPr, 'w:numId')?.attrs['w:val'];
  const level = Number((numPr && child(numPr, 'w:ilvl')?.attrs['w:val']) ?? 0) || 0;
  const list =
    numId && numId !== '0'
      ? { id: numId, level: Math.min(level, 8), ordered: ctx.numbering.get(numId)?.(level) ?? false }
      : null;
  const runs: DocxRun[] = [];
  collectRuns(node.children, ctx, runs);
  const text = runs
    .map((r) =>
      r.kind === 'text' ? r.text : r.kind === 'break' ? '\n' : r.kind === 'checkbox' ? (r.checked ? '☒' : '☐') : '',
    )
    .join('');
  return { kind: 'paragraph', style, heading: headingLevel(style), list, runs, text };
}

function readBlocks(nodes: readonly XmlNode[], ctx: Context, out: DocxBlock[]): void {
  for (const node of nodes) {
    if (node.name === 'w:p') out.push(readParagraph(node, ctx));
    else if (node.name === 'w:tbl') {
      const trs = childrenNamed(node, 'w:tr');
      const rows = trs.map((row) =>
        childrenNamed(row, 'w:tc').map((cell) => {
          const inner: DocxBlock[] = [];
          readBlocks(cell.children, ctx, inner);
          return inner.filter((b): b is DocxParagraph => b.kind === 'paragraph');
        }),
      );
      const layout = trs.map((row) =>
        childrenNamed(row, 'w:tc').map((cell) => {
          const props = child(cell, 'w:tcPr');
          const span = Number(props && child(props, 'w:gridSpan')?.attrs['w:val']);
          const merge = props && child(props, 'w:vMerge');
          return {
            colSpan: Number.isInteger(span) && span > 1 ? span : 1,
            vMerge: merge ? (merge.attrs['w:val'] === 'restart' ? ('restart' as const) : ('continue' as const)) : null,
          };
        }),
      );
      const headerRows = trs.map((row) => {
        const props = child(row, 'w:trPr');
        return props !== undefined && on(props, 'w:tblHeader');
      });
      out.push({ kind: 'table', rows, layout, headerRows });
    } else if (node.name === 'w:sdt') readBlocks(child(node, 'w:sdtContent')?.children ?? [], ctx, out);
    else if (node.name === 'w:ins' || node.name === 'w:customXml') readBlocks(node.children, ctx, out);
  }
}

function readRels(pkg: DocxPackage): Map<string, string> {
  const xml = pkg.text('word/_rels/document.xml.rels');
  if (!xml) return new Map();
  const root = rootElement(parseXml(xml, 'document.xml.rels'), 'Relationships', 'document.xml.rels');
  return new Map(childrenNamed(root, 'Relationship').map((r) => [r.attrs.Id ?? '', r.attrs.Target ?? '']));
}

function readStyles(pkg: DocxPackage): Map<string, string> {
  const xml = pkg.text('word/styles.xml');
  if (!xml) return new Map();
  const root = rootElement(parseXml(xml, 'styles.xml'), 'w:styles', 'styles.xml');
  return new Map(
    childrenNamed(root, 'w:style').map((s) => [
      s.attrs['w:styleId'] ?? '',
      child(s, 'w:name')?.attrs['w:val'] ?? s.attrs['w:styleId'] ?? '',
    ]),
  );
}

function readNumbering(pkg: DocxPackage): Map<string, (level: number) => boolean> {
  const xml = pkg.text('word/numbering.xml');
  if (!xml) return new Map();
  const root = rootElement(parseXml(xml, 'numbering.xml'), 'w:numbering', 'numbering.xml');
  const abstract = new Map(
    childrenNamed(root, 'w:abstractNum').map((a) => [
      a.attrs['w:abstractNumId'] ?? '',
      new Map(
        childrenNamed(a, 'w:lvl').map((l) => [
          Number(l.attrs['w:ilvl'] ?? 0),
          child(l, 'w:numFmt')?.attrs['w:val'] ?? 'bullet',
        ]),
      ),
    ]),
  );
  return new Map(
    childrenNamed(root, 'w:num').map((n) => {
      const levels = abstract.get(child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '');
      return [n.attrs['w:numId'] ?? '', (level: number) => (levels?.get(level) ?? 'bullet') !== 'bullet'];
    }),
  );
}

function readFootnotes(pkg: DocxPackage, ctx: Context): Map<string, string> {
  const xml = pkg.text('word/footnotes.xml');
  if (!xml) return new Map();
  const root = rootElement(parseXml(xml, 'footnotes.xml'), 'w:footnotes', 'footnotes.xml');
  // Word's separator "footnotes" (the line above the notes) have a type; real notes have none.
  const notes = childrenNamed(root, 'w:footnote').filter(
    (note) => note.attrs['w:type'] === undefined || note.attrs['w:type'] === 'normal',
  );
  const text = (note: XmlNode) =>
    childrenNamed(note, 'w:p')
      .map((p) => readParagraph(p, ctx).text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  return new Map(notes.map((note) => [note.attrs['w:id'] ?? '', text(note)]));
}

/** Reads the document body, with styles, numbering, links, footnotes and images resolved. */
export function readDocxDocument(pkg: DocxPackage): DocxDocument {
  const root = rootElement(parseXml(pkg.text('word/document.xml')!, 'document.xml'), 'w:document', 'document.xml');
  const body = child(root, 'w:body');
  const ctx: Context = {
    rels: readRels(pkg),
    styles: readStyles(pkg),
    numbering: readNumbering(pkg),
    footnotes: new Map(),
    images: new Map(),
    dropped: [],
    pkg,
  };
  ctx.footnotes = readFootnotes(pkg, ctx);
  const blocks: DocxBlock[] = [];
  readBlocks(body?.children ?? [], ctx, blocks);
  return { blocks, images: ctx.images, droppedImages: ctx.dropped };
}
