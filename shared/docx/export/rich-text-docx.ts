import {
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { STYLE } from './styles';
import type {
  SerializedBlock,
  SerializedImage,
  SerializedInline,
  SerializedList,
  SerializedListItem,
  SerializedTable,
  SerializedTableRow,
  SerializedTextBlock,
} from '../../report/content-schema';

/*
 * One answer's rich text (Lexical JSON) as docx paragraphs: text formats, links, line
 * breaks, images, sub-headings, bulleted/numbered lists (nested by level, every
 * numbered list restarting at its own start) and tables (Word tables with borders and
 * a repeated header row). Conflicts, which block a signed export,
 * are written with both sides labelled so a draft shows what is still to decide.
 */

export interface DocxImage {
  bytes: Uint8Array;
  mimeType: string;
}

/** What converting blocks needs from the document: images, and a fresh numbering instance per numbered list. */
export interface RichTextContext {
  images: ReadonlyMap<string, DocxImage>;
  nextListInstance(): number;
  /**
   * In a review copy: the Word comment number of each open comment; the first text a
   * comment marks becomes its comment range. Absent in every other export, where a
   * mark is only its text.
   */
  comments?: { numbers: ReadonlyMap<string, number>; placed: Set<string> };
}

export const BULLET_REFERENCE = 'punktlista';
export const NUMBER_REFERENCE = 'nummerlista';
/** Widest image on an A4 page with 2.5 cm margins, in pixels at 96 dpi. */
const MAX_IMAGE_WIDTH = 600;

const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const;

/** The run options of a text node: its formats as Word's. */
export function textRunOptions(node: Extract<SerializedInline, { type: 'text' }>, style?: string) {
  const format = node.format;
  const has = (bit: number) => (format & bit) !== 0;
  return {
    text: node.text,
    bold: has(FORMAT.bold) || undefined,
    italics: has(FORMAT.italic) || undefined,
    underline: has(FORMAT.underline) ? {} : undefined,
    strike: has(FORMAT.strike) || undefined,
    subScript: has(FORMAT.subscript) || undefined,
    superScript: has(FORMAT.superscript) || undefined,
    font: has(FORMAT.code) ? 'Consolas' : undefined,
    style,
  };
}

function textRun(node: Extract<SerializedInline, { type: 'text' }>, style?: string): TextRun {
  return new TextRun(textRunOptions(node, style));
}

/** The image types Word takes, by MIME type, as the docx library names them. */
export const DOCX_IMAGE_TYPES: Readonly<Record<string, 'png' | 'jpg' | 'gif'>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
};

/** A tracked change's mark: who, when, and its number in the document. */
export interface Revision {
  id: number;
  author: string;
  date: string;
}

/** A tracked change to runs: every run gets its own revision number from `nextId`. */
export interface RunChange {
  kind: 'added' | 'removed';
  author: string;
  date: string;
  nextId: () => number;
}

/** The revision mark of one run of a change. */
export function revision(change: RunChange): Revision {
  return { id: change.nextId(), author: change.author, date: change.date };
}

/** A text run, or a tracked insertion or deletion of one. */
export function revisedRun(options: IRunOptions, change?: RunChange): ParagraphChild {
  if (!change) return new TextRun(options);
  return change.kind === 'added'
    ? new InsertedTextRun({ ...options, ...revision(change) })
    : new DeletedTextRun({ ...options, ...revision(change) });
}

/** An image as a run; in a changes document an added or removed image is a tracked change. */
export function imageRun(node: SerializedImage, context: RichTextContext, change?: RunChange): ParagraphChild {
  const image = context.images.get(node.imageId);
  const type = image ? DOCX_IMAGE_TYPES[image.mimeType] : undefined;
  if (!image || !type) {
    const why = image ? 'bildformatet kan inte bäddas in i Word' : 'bilden saknas';
    return revisedRun({ text: `[Bild: ${node.altText || 'utan beskrivning'} – ${why}]`, italics: true }, change);
  }
  const width = node.width ?? 480;
  const height = node.height ?? 320;
  const scale = Math.min(1, MAX_IMAGE_WIDTH / width);
  return new ImageRun({
    type,
    data: image.bytes,
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
    altText: { name: node.imageId, description: node.altText, title: node.altText },
    ...(change && { [change.kind === 'added' ? 'insertion' : 'deletion']: revision(change) }),
  });
}

/** The Word comments that start here: each open comment once, at the first text it marks. */
export function commentsAt(ids: readonly string[], context: RichTextContext): number[] {
  const comments = context.comments;
  if (!comments) return [];
  const fresh = ids.filter((id) => comments.numbers.has(id) && !comments.placed.has(id));
  for (const id of fresh) comments.placed.add(id);
  return fresh.map((id) => comments.numbers.get(id)!);
}

/** Runs inside the ranges of Word comments, each with its reference after it. */
export function withComments(numbers: number[], runs: ParagraphChild[]): ParagraphChild[] {
  if (numbers.length === 0) return runs;
  return [
    ...numbers.map((n) => new CommentRangeStart(n)),
    ...runs,
    ...numbers.map((n) => new CommentRangeEnd(n)),
    ...numbers.map((n) => new TextRun({ children: [new CommentReference(n)] })),
  ];
}

function inlineRuns(
  children: readonly (SerializedInline | SerializedList)[],
  context: RichTextContext,
): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const child of children) {
    if (child.type === 'text') runs.push(textRun(child));
    else if (child.type === 'linebreak') runs.push(new TextRun({ break: 1 }));
    else if (child.type === 'image') runs.push(imageRun(child, context));
    else if (child.type === 'mark')
      runs.push(...withComments(commentsAt(child.ids, context), inlineRuns(child.children, context)));
    else if (child.type === 'link') {
      // A comment on part of a link's text marks the whole link in Word.
      const leaves = child.children.flatMap((c) => (c.type === 'mark' ? c.children : [c]));
      const numbers = child.children.flatMap((c) => (c.type === 'mark' ? commentsAt(c.ids, context) : []));
      const text = leaves.map((c) => (c.type === 'text' ? textRun(c, 'Hyperlink') : new TextRun({ break: 1 })));
      runs.push(...withComments(numbers, [new ExternalHyperlink({ link: child.url.trim(), children: text })]));
    }
  }
  return runs;
}

function listParagraphs(
  list: SerializedList,
  level: number,
  context: RichTextContext,
  out: (Paragraph | Table)[],
): void {
  const numbering =
    list.listType === 'number'
      ? { reference: NUMBER_REFERENCE, level, instance: context.nextListInstance() }
      : { reference: BULLET_REFERENCE, level };
  for (const item of list.children as SerializedListItem[]) {
    const own = item.children.filter((c) => c.type !== 'list');
    if (own.length > 0)
      out.push(
        new Paragraph({ children: inlineRuns(own, context), numbering: { ...numbering, level: Math.min(level, 8) } }),
      );
    for (const nested of item.children) if (nested.type === 'list') listParagraphs(nested, level + 1, context, out);
  }
}

/** Width of the text on an A4 page with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9070;
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** True for a row of the table's header (every cell a header cell of the row). */
function isHeaderRow(row: SerializedTableRow): boolean {
  return row.children.length > 0 && row.children.every((cell) => (cell.headerState & 1) !== 0);
}

/** A table as a Word table: borders, the header rows shaded and repeated at the top of every page. */
function tableBlock(table: SerializedTable, context: RichTextContext): Table {
  const columns = Math.max(1, ...table.children.map((row) => row.children.reduce((n, cell) => n + cell.colSpan, 0)));
  const columnWidth = Math.floor(TEXT_WIDTH / columns);
  const leadingHeaders = table.children.findIndex((row) => !isHeaderRow(row));
  const headerRows = leadingHeaders < 0 ? table.children.length : leadingHeaders;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    rows: table.children.map(
      (row, index) =>
        new TableRow({
          tableHeader: index < headerRows || undefined,
          children: row.children.map((cell) => {
            const header = (cell.headerState & 1) !== 0 || (cell.headerState & 2) !== 0;
            // Word wants at least one paragraph in every cell.
            const paragraphs = cell.children.length > 0 ? cell.children : [{ children: [] as SerializedInline[] }];
            return new TableCell({
              columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
              rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
              width: { size: columnWidth * cell.colSpan, type: WidthType.DXA },
              borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
              ...(header && { shading: { fill: 'E8E8E8', type: ShadingType.CLEAR, color: 'auto' } }),
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              children: paragraphs.map(
                (p) =>
                  new Paragraph({
                    style: header ? STYLE.tableHeader : STYLE.tableText,
                    children: inlineRuns(p.children, context),
                  }),
              ),
            });
          }),
        }),
    ),
  });
}

function textBlockParagraphs(block: SerializedTextBlock, context: RichTextContext, out: (Paragraph | Table)[]): void {
  if (block.type === 'list') listParagraphs(block, 0, context, out);
  else if (block.type === 'table') out.push(tableBlock(block, context));
  else if (block.type === 'heading') {
    out.push(
      new Paragraph({
        heading: block.tag === 'h3' ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
        children: inlineRuns(block.children, context),
      }),
    );
  } else out.push(new Paragraph({ children: inlineRuns(block.children, context) }));
}

/** The docx paragraphs (and tables) of an answer's blocks. */
export function blocksToParagraphs(
  blocks: readonly SerializedBlock[],
  context: RichTextContext,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.type !== 'conflict') {
      textBlockParagraphs(block, context, out);
      continue;
    }
    const label = (text: string) =>
      new Paragraph({ children: [new TextRun({ text, italics: true, color: 'A00000' })] });
    out.push(label('[Olöst konflikt – samordnarens version:]'));
    if (block.mine) textBlockParagraphs(block.mine, context, out);
    out.push(label('[Avdelningens version:]'));
    if (block.theirs) textBlockParagraphs(block.theirs, context, out);
  }
  return out;
}
