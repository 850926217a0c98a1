import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $insertNodes, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $createImageNode, ImageNode } from '../nodes/ImageNode';

/** Inserts a stored image (by id) at the selection. */
export const INSERT_IMAGE_COMMAND = createCommand<{ imageId: string; altText: string }>('INSERT_IMAGE_COMMAND');

/** Registers the image command; returns the cleanup. */
export function registerImages(editor: LexicalEditor): () => void {
  if (!editor.hasNodes([ImageNode])) throw new Error('ImagePlugin: ImageNode saknas i redigeraren');
  return mergeRegister(
    editor.registerCommand(
      INSERT_IMAGE_COMMAND,
      ({ imageId, altText }) => {
        $insertNodes([$createImageNode(imageId, altText)]);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}

/** The image command as a plugin. */
export function ImagePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerImages(editor), [editor]);
  return null;
}
