import type { RichText, SerializedBlock, SerializedTextBlock } from './content-schema';

/*
 * Every top-level block of an exchanged answer carries a stable id in its NodeState
 * (`$.blockId`), so a later revision can be merged block by block. Blocks without an id,
 * or with an id an earlier block already has (a split paragraph can copy its state),
 * get a new one; existing ids never change.
 */

/** The content with a unique block id on every top-level block. */
export function ensureBlockIds(content: RichText, newId: () => string): RichText {
  const seen = new Set<string>();
  const children = content.root.children.map((block): SerializedBlock => {
    const id = block.$?.blockId;
    if (id && !seen.has(id)) {
      seen.add(id);
      return block;
    }
    const fresh = newId()
      .replace(/[^A-Za-z0-9_-]/g, '')
      .slice(0, 64);
    seen.add(fresh);
    return { ...block, $: { ...block.$, blockId: fresh } } as SerializedBlock;
  });
  return { root: { ...content.root, children } };
}

/** True when every top-level block has an id and no two share one. */
export function hasUniqueBlockIds(content: RichText): boolean {
  const ids = content.root.children.map((block) => block.$?.blockId);
  return ids.every((id) => typeof id === 'string' && id.length > 0) && new Set(ids).size === ids.length;
}

/** True for an empty paragraph (a fresh answer starts with one; Enter makes more). */
export function isBlankBlock(block: SerializedBlock): boolean {
  return block.type === 'paragraph' && block.children.every((c) => c.type === 'text' && c.text.trim() === '');
}

/**
 * The non-empty text blocks of a department's answer, keyed by their block id, in
 * order. Empty paragraphs are no content: skipping them on every side means a paragraph
 * left empty and filled later is simply new, never a conflict no one caused.
 */
export function blocksById(content: RichText | undefined): Map<string, SerializedTextBlock> {
  const map = new Map<string, SerializedTextBlock>();
  for (const block of content?.root.children ?? []) {
    if (block.type !== 'conflict' && block.$?.blockId && !isBlankBlock(block) && !map.has(block.$.blockId))
      map.set(block.$.blockId, block);
  }
  return map;
}
