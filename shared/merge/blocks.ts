import { canonicalJson } from '../exchange/canonical';
import { withoutMarks } from '../review/comment-marks';
import type { BlockState, RichText, SerializedBlock, SerializedConflict, SerializedTextBlock } from '../report/content-schema';

// Computed once per block object: a merge compares the same blocks many times. Safe because
// blocks are never changed in place once built (carryBlockMarks edits only its own clone,
// before it returns it).
const bodies = new WeakMap<SerializedBlock, string>();

/** A block's content without its metadata and comment marks, for comparing two versions of it. */
export function blockBody(block: SerializedBlock): string {
  let body = bodies.get(block);
  if (body === undefined) {
    const { $: _state, ...rest } = withoutMarks(block);
    body = canonicalJson(rest);
    bodies.set(block, body);
  }
  return body;
}

/** True when two blocks hold the same content, whatever their metadata and comments. */
export function sameBody(a: SerializedBlock, b: SerializedBlock): boolean {
  return blockBody(a) === blockBody(b);
}

/** The block with its metadata replaced. */
export function withState<B extends SerializedBlock>(block: B, state: BlockState): B {
  return { ...block, $: state };
}

/** An answer's content with new top-level blocks. */
export function withBlocks(content: RichText, children: SerializedBlock[]): RichText {
  return { root: { ...content.root, children } };
}

/** True for an empty paragraph (a fresh answer starts with one; Enter makes more). */
export function isBlankBlock(block: SerializedBlock): boolean {
  return block.type === 'paragraph' && block.children.every((c) => c.type === 'text' && c.text.trim() === '');
}

/** The department whose text a block holds (a conflict belongs to the department it is with); undefined for the coordinator's own. */
export function blockDepartment(block: SerializedBlock): string | undefined {
  return block.type === 'conflict' ? block.departmentId : block.$?.dept;
}

/**
 * The non-empty text blocks of a department's answer, keyed by their block id, in
 * order. Empty paragraphs are no content: skipping them on every side means a paragraph
 * left empty and filled later is simply new, never a conflict no one caused.
 */
export function blocksById(content: RichText | undefined): Map<string, SerializedTextBlock> {
  const map = new Map<string, SerializedTextBlock>();
  for (const block of content?.root.children ?? []) {
    if (block.type !== 'conflict' && block.$?.blockId && !isBlankBlock(block) && !map.has(block.$.blockId)) map.set(block.$.blockId, block);
  }
  return map;
}

/** A conflict in place in the answer. */
export function conflictBlock(blockId: string, departmentId: string, revision: number, mine: SerializedTextBlock | null, theirs: SerializedTextBlock | null): SerializedConflict {
  return { type: 'conflict', version: 1, $: { blockId }, departmentId, revision, mine, theirs };
}
