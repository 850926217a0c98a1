import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TextNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { hasControlCharacters, stripControlCharacters } from '../../../shared/text/control-characters';

/*
 * Control characters never enter an answer, whether typed, pasted as plain text or as
 * HTML: a text node that holds one loses it at once (Word refuses a document that
 * carries them, and they have no place in a report).
 */

/** Registers the transform; returns the cleanup. */
export function registerControlCharacters(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    const text = node.getTextContent();
    if (hasControlCharacters(text)) node.setTextContent(stripControlCharacters(text));
  });
}

/** The transform as a plugin. */
export function ControlCharacterPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerControlCharacters(editor), [editor]);
  return null;
}
