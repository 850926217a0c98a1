import { canonicalJson } from '../text/canonical-json';
import { withoutMarks } from '../report/content-marks';
import type {
  BlockState,
  RichText,
  SerializedBlock,
  SerializedConflict,
  SerializedTextBlock,
} from '../report/content-schema';

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

/** The department whose text a block holds (a conflict belongs to the department it is with); undefined for the coordinator's own. */
export function blockDepartment(block: SerializedBlock): string | undefined {
  return block.type === 'conflict' ? block.departmentId : block.$?.dept;
}

/** A conflict in place in the answer. */
export function conflictBlock(
  blockId: string,
  departmentId: string,
  revision: number,
  mine: SerializedTextBlock | null,
  theirs: SerializedTextBlock | null,
): SerializedConflict {
  return { type: 'conflict', version: 1, $: { blockId }, departmentId, revision, mine, theirs };
}
