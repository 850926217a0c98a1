import type {
  RichText,
  SerializedBlock,
  SerializedInline,
  SerializedList,
  SerializedListItem,
  SerializedTextBlock,
} from './content-schema';

/*
 * Images live beside the text (as blobs) and the text refers to them by id. These walk
 * the tree to find or rename those references, e.g. when a report is copied.
 */

type AnyNode = SerializedBlock | SerializedInline | SerializedList | SerializedListItem;

function visit(nodes: readonly AnyNode[], fn: (node: AnyNode) => AnyNode): AnyNode[] {
  return nodes.map((node) => {
    const next = fn(node);
    if (next.type === 'conflict') {
      // Both sides of an open conflict may show images too.
      const side = (block: SerializedTextBlock | null) =>
        block ? (visit([block], fn)[0] as SerializedTextBlock) : null;
      return { ...next, mine: side(next.mine), theirs: side(next.theirs) };
    }
    return 'children' in next ? ({ ...next, children: visit(next.children as AnyNode[], fn) } as AnyNode) : next;
  });
}

/** The ids of every image an answer shows. */
export function imageIdsIn(content: RichText): string[] {
  const ids: string[] = [];
  visit(content.root.children, (node) => {
    if (node.type === 'image') ids.push(node.imageId);
    return node;
  });
  return ids;
}

/** A copy of the content with image ids replaced through `rename`; ids not in it stay. */
export function renameImages(content: RichText, rename: ReadonlyMap<string, string>): RichText {
  const children = visit(content.root.children, (node) =>
    node.type === 'image' && rename.has(node.imageId) ? { ...node, imageId: rename.get(node.imageId)! } : node,
  );
  return { root: { ...content.root, children: children as SerializedBlock[] } };
}
