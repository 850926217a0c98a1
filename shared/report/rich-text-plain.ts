import type { RichText, SerializedBlock, SerializedInline, SerializedList, SerializedListItem } from './content-schema';

/*
 * Plain text out of the serialized rich text: one line per block (paragraph, heading,
 * list item, table row), list items prefixed with "• " or their number, a row's cells
 * separated by " | ". Used for counts, status,
 * history diffs and the command line's `text`.
 */

function inlineText(children: (SerializedInline | SerializedList)[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text') text += child.text;
    else if (child.type === 'linebreak') text += '\n';
    else if (child.type === 'link' || child.type === 'mark') text += inlineText(child.children);
  }
  return text;
}

function listLines(list: SerializedList, depth: number, lines: string[]): void {
  let number = list.start;
  for (const item of list.children as SerializedListItem[]) {
    const nested = item.children.filter((c): c is SerializedList => c.type === 'list');
    const own = inlineText(item.children.filter((c) => c.type !== 'list'));
    if (nested.length === 0 || own.trim() !== '') {
      const marker = list.listType === 'number' ? `${number}. ` : '• ';
      lines.push(`${'  '.repeat(depth)}${marker}${own}`);
      number += 1;
    }
    for (const sub of nested) listLines(sub, depth + 1, lines);
  }
}

/** The lines of one block: one for a paragraph or heading, one per list item or table row; both sides of a conflict. */
export function blockLines(block: SerializedBlock): string[] {
  if (block.type === 'conflict')
    return [...(block.mine ? blockLines(block.mine) : []), ...(block.theirs ? blockLines(block.theirs) : [])];
  if (block.type === 'list') {
    const lines: string[] = [];
    listLines(block, 0, lines);
    return lines;
  }
  if (block.type === 'table')
    return block.children.map((row) =>
      row.children.map((cell) => cell.children.map((p) => inlineText(p.children)).join(' ')).join(' | '),
    );
  return [inlineText(block.children)];
}

/** The whole answer as plain text, blocks separated by newlines. */
export function richTextToPlain(content: RichText): string {
  return content.root.children
    .flatMap(blockLines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Characters and words of an answer, as a word processor counts them. */
export function countText(content: RichText): { characters: number; words: number } {
  const text = richTextToPlain(content).replace(/^(• |\d+\. )/gm, '');
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return { characters: [...text.replace(/\n/g, '')].length, words };
}

/** True when the answer holds no visible text and no image. */
export function isRichTextEmpty(content: RichText): boolean {
  const hasImage = JSON.stringify(content).includes('"type":"image"');
  return !hasImage && richTextToPlain(content).trim() === '';
}
