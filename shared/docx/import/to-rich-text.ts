import { stripControlCharacters } from '../../text/control-characters';
import {
  MAX_TABLE_CELLS,
  MAX_TABLE_COLUMNS,
  type RichText,
  type SerializedBlock,
  type SerializedInline,
  type SerializedList,
  type SerializedListItem,
  type SerializedParagraph,
  type SerializedTableCell,
  type SerializedTableRow,
  type SerializedText,
} from '../../report/content-schema';
import type { DocxParagraph, DocxRun, DocxTable } from './docx-model';

/*
 * Paragraphs read from Word as the app's rich text: runs become text nodes (adjacent
 * runs with the same format merged), links with safe schemes become links (others stay
 * as their text), images refer to the imported image ids, Word headings become
 * sub-headings, consecutive list paragraphs become nested lists, and tables tables.
 */

const SAFE_URL = /^(https?:|mailto:)/i;

const textNode = (text: string, format: number): SerializedText => ({
  type: 'text',
  version: 1,
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

function inlineNodes(runs: readonly DocxRun[], imageIds: ReadonlyMap<string, string>): SerializedInline[] {
  const out: SerializedInline[] = [];
  const pushText = (raw: string, format: number, link: string | undefined) => {
    const text = stripControlCharacters(raw);
    if (text === '') return;
    const safeLink = link && SAFE_URL.test(link.trim()) ? link.trim() : undefined;
    const last = out[out.length - 1];
    if (safeLink) {
      if (last?.type === 'link' && last.url === safeLink) {
        const tail = last.children[last.children.length - 1];
        if (tail?.type === 'text' && tail.format === format) tail.text += text;
        else last.children.push(textNode(text, format));
        return;
      }
      out.push({
        type: 'link',
        version: 1,
        url: safeLink,
        rel: 'noopener noreferrer',
        target: null,
        title: null,
        direction: null,
        format: '',
        indent: 0,
        children: [textNode(text, format)],
      });
      return;
    }
    if (last?.type === 'text' && last.format === format) last.text += text;
    else out.push(textNode(text, format));
  };
  for (const run of runs) {
    if (run.kind === 'text') pushText(run.text.replace(/\t/g, ' '), run.format, run.link);
    else if (run.kind === 'checkbox') pushText(run.checked ? '☒' : '☐', 0, undefined);
    else if (run.kind === 'break') out.push({ type: 'linebreak', version: 1 });
    // The answer has no footnotes of its own: the note's text stays with the words it belongs to.
    else if (run.kind === 'footnote') pushText(` [Fotnot: ${run.text}]`, 0, undefined);
    else {
      const imageId = imageIds.get(run.key);
      if (imageId)
        out.push({
          type: 'image',
          version: 1,
          imageId,
          altText: run.alt.slice(0, 1_000),
          width: run.width,
          height: run.height,
        });
    }
  }
  return out;
}

const element = { version: 1 as const, direction: null, format: '' as const, indent: 0 };

function paragraphBlock(paragraph: DocxParagraph, imageIds: ReadonlyMap<string, string>): SerializedBlock {
  const children = inlineNodes(paragraph.runs, imageIds);
  // The editor keeps one sub-heading level (h4), whatever level Word used.
  if (paragraph.heading !== null && paragraph.heading > 0) return { type: 'heading', ...element, tag: 'h4', children };
  return { type: 'paragraph', ...element, textFormat: 0, textStyle: '', children };
}

function newList(ordered: boolean): SerializedList {
  return {
    type: 'list',
    ...element,
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
    children: [],
  };
}

/** Builds nested lists from a run of list paragraphs. */
function listBlock(items: readonly DocxParagraph[], imageIds: ReadonlyMap<string, string>): SerializedList {
  const root = newList(items[0]!.list!.ordered);
  const stack: SerializedList[] = [root];
  for (const item of items) {
    const level = Math.min(item.list!.level, stack.length);
    while (stack.length > level + 1) stack.pop();
    if (stack.length < level + 1) {
      const parent = stack[stack.length - 1]!;
      const nested = newList(item.list!.ordered);
      const holder: SerializedListItem = {
        type: 'listitem',
        ...element,
        value: parent.children.length + 1,
        children: [nested],
      };
      parent.children.push(holder);
      stack.push(nested);
    }
    const list = stack[stack.length - 1]!;
    list.children.push({
      type: 'listitem',
      ...element,
      value: list.children.length + 1,
      children: inlineNodes(item.runs, imageIds),
    });
  }
  return root;
}

function cellParagraph(paragraph: DocxParagraph, imageIds: ReadonlyMap<string, string>): SerializedParagraph {
  // A cell holds paragraphs only: a list item keeps its text, a heading its words.
  const marker = paragraph.list ? [textNode('• ', 0)] : [];
  return {
    type: 'paragraph',
    ...element,
    textFormat: 0,
    textStyle: '',
    children: [...marker, ...inlineNodes(paragraph.runs, imageIds)],
  };
}

/**
 * A Word table as a table block: spans kept (a vertical merge becomes the first cell's
 * row span), header rows as header cells. A table wider or larger than an answer's table
 * may be stays as its rows of text ("a | b"), so nothing of it is lost.
 */
function tableBlocks(table: DocxTable, imageIds: ReadonlyMap<string, string>): SerializedBlock[] {
  const columns = Math.max(0, ...table.layout.map((row) => row.reduce((n, cell) => n + cell.colSpan, 0)));
  const cellCount = table.layout.reduce((n, row) => n + row.length, 0);
  if (columns > MAX_TABLE_COLUMNS || cellCount > MAX_TABLE_CELLS || columns === 0) {
    return table.rows.map((row) => {
      const text = row.map((cell) => cell.map((p) => p.text).join(' ')).join(' | ');
      return {
        type: 'paragraph',
        ...element,
        textFormat: 0,
        textStyle: '',
        children: text ? [textNode(stripControlCharacters(text), 0)] : [],
      };
    });
  }
  // The cell that starts a vertical merge, by grid column, to count the rows it spans.
  const open = new Map<number, SerializedTableCell>();
  const rows: SerializedTableRow[] = table.rows.map((row, r) => {
    const cells: SerializedTableCell[] = [];
    let column = 0;
    row.forEach((paragraphs, c) => {
      const { colSpan, vMerge } = table.layout[r]![c]!;
      const at = column;
      column += colSpan;
      if (vMerge === 'continue' && open.has(at)) {
        open.get(at)!.rowSpan += 1;
        return;
      }
      const cell: SerializedTableCell = {
        type: 'tablecell',
        ...element,
        backgroundColor: null,
        colSpan,
        rowSpan: 1,
        headerState: table.headerRows[r] ? 1 : 0,
        children:
          paragraphs.length > 0
            ? paragraphs.map((p) => cellParagraph(p, imageIds))
            : [
                cellParagraph(
                  { kind: 'paragraph', style: '', heading: null, list: null, runs: [], text: '' },
                  imageIds,
                ),
              ],
      };
      if (vMerge === 'restart') open.set(at, cell);
      else open.delete(at);
      cells.push(cell);
    });
    return { type: 'tablerow', ...element, children: cells };
  });
  return [{ type: 'table', ...element, children: rows }];
}

/** The rich text of an answer from its Word paragraphs. */
export function paragraphsToRichText(
  paragraphs: readonly DocxParagraph[],
  imageIds: ReadonlyMap<string, string>,
): RichText {
  const blocks: SerializedBlock[] = [];
  for (let i = 0; i < paragraphs.length;) {
    const paragraph = paragraphs[i]!;
    if (paragraph.table) {
      blocks.push(...tableBlocks(paragraph.table, imageIds));
      i++;
    } else if (paragraph.list) {
      let end = i;
      while (end < paragraphs.length && paragraphs[end]!.list) end++;
      blocks.push(listBlock(paragraphs.slice(i, end), imageIds));
      i = end;
    } else {
      blocks.push(paragraphBlock(paragraph, imageIds));
      i++;
    }
  }
  if (blocks.length === 0) blocks.push({ type: 'paragraph', ...element, textFormat: 0, textStyle: '', children: [] });
  return { root: { type: 'root', ...element, children: blocks } };
}
