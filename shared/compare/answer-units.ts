import type {
  BlockState,
  RichText,
  SerializedList,
  SerializedListItem,
  SerializedTable,
  SerializedTextBlock,
} from '../report/content-schema';
import { atomText, toAtoms, type Atom } from '../report/inline-atoms';

/*
 * An answer as the paragraphs a reader sees, for comparing two texts of it: each
 * paragraph, sub-heading, list item and table row is one unit with its inline content as atoms
 * (text, line breaks, images, with their links). A conflict contributes both its sides.
 * A unit keeps the block it belongs to for provenance (who wrote it), and the block id
 * when the block is a paragraph or heading, so that a block edited since matches its
 * earlier self even when its words have changed.
 */

export type UnitShape =
  | { type: 'paragraph' }
  | { type: 'heading'; tag: 'h3' | 'h4' }
  /** `list` is the (nested) list the item sits in: items of one list share one numbering. */
  | { type: 'listitem'; listType: 'bullet' | 'number'; level: number; list: SerializedList }
  /** A table row, its cells' text separated by " | " (a cell's paragraphs by line breaks). */
  | { type: 'tablerow'; header: boolean };

export interface Unit {
  shape: UnitShape;
  atoms: Atom[];
  /** The unit's text as compared: line breaks as "\n", an image as U+FFFC and its id. */
  text: string;
  /** The block id of a paragraph or heading; list items have none of their own. */
  key: string | undefined;
  /** The top-level block's metadata: department, revision, edited. */
  state: BlockState | undefined;
}

/** The text an atom is compared by: an image by its id, so that another image differs. */
export function compareText(atom: Atom): string {
  return atom.leaf.type === 'image' ? `\uFFFC${atom.leaf.imageId}` : atomText(atom);
}

function unit(shape: UnitShape, atoms: Atom[], key: string | undefined, state: BlockState | undefined): Unit {
  return { shape, atoms, text: atoms.map(compareText).join(''), key, state };
}

function listUnits(list: SerializedList, level: number, state: BlockState | undefined, out: Unit[]): void {
  for (const item of list.children as SerializedListItem[]) {
    const own = item.children.filter((c) => c.type !== 'list');
    if (own.length > 0)
      out.push(unit({ type: 'listitem', listType: list.listType, level, list }, toAtoms(own), undefined, state));
    for (const nested of item.children) if (nested.type === 'list') listUnits(nested, level + 1, state, out);
  }
}

const CELL_SEPARATOR: Atom = {
  leaf: { type: 'text', version: 1, text: ' | ', format: 0, detail: 0, mode: 'normal', style: '' },
  ids: [],
  link: null,
};
const PARAGRAPH_BREAK: Atom = { leaf: { type: 'linebreak', version: 1 }, ids: [], link: null };

function tableUnits(table: SerializedTable, state: BlockState | undefined, out: Unit[]): void {
  for (const row of table.children) {
    const cells = row.children.map((cell) =>
      cell.children.flatMap((p, i) => [...(i > 0 ? [PARAGRAPH_BREAK] : []), ...toAtoms(p.children)]),
    );
    const atoms = cells.flatMap((cell, i) => [...(i > 0 ? [CELL_SEPARATOR] : []), ...cell]);
    out.push(
      unit(
        { type: 'tablerow', header: row.children.some((cell) => (cell.headerState & 1) !== 0) },
        atoms,
        undefined,
        state,
      ),
    );
  }
}

function textBlockUnits(block: SerializedTextBlock, state: BlockState | undefined, out: Unit[]): void {
  if (block.type === 'list') listUnits(block, 0, state, out);
  else if (block.type === 'table') tableUnits(block, state, out);
  else {
    const shape: UnitShape = block.type === 'heading' ? { type: 'heading', tag: block.tag } : { type: 'paragraph' };
    out.push(unit(shape, toAtoms(block.children), block.$?.blockId, state));
  }
}

/** The units of an answer in reading order. */
export function answerUnits(content: RichText): Unit[] {
  const out: Unit[] = [];
  for (const block of content.root.children) {
    if (block.type !== 'conflict') textBlockUnits(block, block.$, out);
    else for (const side of [block.mine, block.theirs]) if (side) textBlockUnits(side, side.$ ?? block.$, out);
  }
  return out;
}

/** True when two units are laid out alike (both paragraphs, both h3, both bulleted items at one level, …). */
export function sameShape(a: UnitShape, b: UnitShape): boolean {
  if (a.type === 'heading' && b.type === 'heading') return a.tag === b.tag;
  if (a.type === 'listitem' && b.type === 'listitem') return a.listType === b.listType && a.level === b.level;
  if (a.type === 'tablerow' && b.type === 'tablerow') return a.header === b.header;
  return a.type === b.type;
}
