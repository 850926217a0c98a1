import type {
  SerializedBlock,
  SerializedTable,
  SerializedTableCell,
  SerializedTextBlock,
} from '../../../shared/report/content-schema';
import { heading, list, paragraph as plainParagraph, text } from '../fixtures';

/*
 * The blocks of generated merge scenarios. A department's text names the department,
 * the question, its block and the revision that wrote it ("A|1.2|s3|v2"), so the world
 * can tell whose text is where without asking the merge.
 */

export interface DeptBlock {
  id: string;
  body: string;
  kind: 'p' | 'h' | 'l' | 't';
}

/** A department's text for a block in a revision. */
export function deptBody(department: string, question: string, block: string, revision: number): string {
  return `${department}|${question}|${block}|v${revision}`;
}

/** Whose text this is, when it is a department's. */
export function parseBody(body: string): { department: string; block: string } | undefined {
  const parts = body.split('|');
  return parts.length === 4 ? { department: parts[0]!, block: parts[2]! } : undefined;
}

/** A paragraph with a block id. */
export function paragraph(body: string, blockId: string): SerializedTextBlock {
  return { ...(plainParagraph(...(body === '' ? [] : [text(body)])) as SerializedTextBlock), $: { blockId } };
}

const element = { version: 1 as const, direction: null, format: '' as const, indent: 0 };

/** A one-row table: the body in the first cell, an empty second cell. */
function table(body: string): SerializedTable {
  const cell = (value: string): SerializedTableCell => ({
    type: 'tablecell',
    ...element,
    backgroundColor: null,
    colSpan: 1,
    rowSpan: 1,
    headerState: 0,
    children: [plainParagraph(...(value ? [text(value)] : [])) as SerializedTableCell['children'][number]],
  });
  return { type: 'table', ...element, children: [{ type: 'tablerow', ...element, children: [cell(body), cell('')] }] };
}

/** The block a department's workspace writes for one of its blocks. */
export function deptBlock(block: DeptBlock): SerializedTextBlock {
  if (block.kind === 'p' || block.body === '') return paragraph(block.body, block.id);
  if (block.kind === 't') return { ...table(block.body), $: { blockId: block.id } };
  const made = (block.kind === 'h' ? heading(block.body) : list('bullet', block.body)) as SerializedTextBlock;
  return { ...made, $: { blockId: block.id } };
}

/** All the text of a block (a list's items joined), without list markers. */
export function bodyText(block: SerializedBlock): string {
  const walk = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return '';
    const n = node as { type?: string; text?: string; children?: unknown[]; mine?: unknown; theirs?: unknown };
    if (n.type === 'text') return n.text ?? '';
    return (n.children ?? []).map(walk).join('');
  };
  return walk(block);
}
