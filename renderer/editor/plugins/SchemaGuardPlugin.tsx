import { $isLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { TextNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { isSafeLinkUrl, SUBHEADING_TAG } from '../editor-config';

/*
 * Keeps the editor's content inside the content schema whatever arrives (paste, drop,
 * restore): one sub-heading level, no inline styles, no links with unsafe schemes.
 */

/** Registers the transforms; returns the cleanup. */
export function registerSchemaGuard(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(HeadingNode, (node) => {
      if (node.getTag() !== SUBHEADING_TAG) node.setTag(SUBHEADING_TAG);
    }),
    editor.registerNodeTransform(TextNode, (node) => {
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(LinkNode, (node) => {
      if ($isLinkNode(node) && !isSafeLinkUrl(node.getURL())) {
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
      }
    }),
  );
}

/** The schema guard as a plugin. */
export function SchemaGuardPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSchemaGuard(editor), [editor]);
  return null;
}
