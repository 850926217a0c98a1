import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getState,
  $isElementNode,
  $setState,
  createState,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { TOP_LEVEL_BLOCKS } from '../editor-config';

/*
 * Gives every top-level block (paragraph, sub-heading, list, table) a stable id in its
 * NodeState, serialized as `$.blockId`. Contributions are merged block by block on these
 * ids, so a block keeps its id for life; a block made by splitting another, which may
 * carry a copy of its state, gets a fresh one.
 */

export const blockIdState = createState('blockId', { parse: (value) => (typeof value === 'string' ? value : '') });

function $ensureId(node: ElementNode, newId: () => string): void {
  if (node.getParent()?.getKey() !== 'root') return;
  const id = $getState(node, blockIdState);
  // A split puts the copy right next to its original, so only the neighbours can share the id:
  // this keeps the transform O(1) on the typing path.
  const taken =
    id !== '' &&
    [node.getPreviousSibling(), node.getNextSibling()].some(
      (other) =>
        other !== null && $getState(other, blockIdState) === id && Number(other.getKey()) < Number(node.getKey()),
    );
  if (id === '' || taken) $setState(node, blockIdState, newId());
}

/** Keeps block ids complete and unique as blocks are made or changed; returns the cleanup. */
export function registerBlockIds(editor: LexicalEditor, newId: () => string = () => crypto.randomUUID()): () => void {
  const unregister = mergeRegister(
    ...TOP_LEVEL_BLOCKS.map((klass) =>
      editor.registerNodeTransform(klass, (node: ElementNode) => $ensureId(node, newId)),
    ),
  );
  // Content loaded from the database or a file may predate ids; transforms do not run on load.
  editor.update(
    () =>
      $getRoot()
        .getChildren()
        .forEach((block) => $isElementNode(block) && $ensureId(block, newId)),
    { tag: 'history-merge' },
  );
  return unregister;
}

/** The block ids as a plugin. */
export function BlockIdPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockIds(editor), [editor]);
  return null;
}
