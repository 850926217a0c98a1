import { canonicalJson } from '../exchange/canonical';
import type { BlockState, RichText, SerializedBlock, SerializedTextBlock } from '../report/content-schema';

/** A block's content without its metadata, for comparing two versions of it. */
export function blockBody(block: SerializedBlock): string {
  const { $: _state, ...body } = block;
  return canonicalJson(body);
}

/** True when two blocks hold the same content, whatever their metadata. */
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

/** True for the empty paragraph a fresh answer starts with. */
export function isBlankBlock(block: SerializedBlock): boolean {
  return block.type === 'paragraph' && block.children.every((c) => c.type === 'text' && c.text.trim() === '');
}

/** The text blocks a contribution answer sends, keyed by their block id. */
export function blocksById(content: RichText | undefined): Map<string, SerializedTextBlock> {
  const map = new Map<string, SerializedTextBlock>();
  for (const block of content?.root.children ?? []) {
    if (block.type !== 'conflict' && block.$?.blockId) map.set(block.$.blockId, block);
  }
  return map;
}
