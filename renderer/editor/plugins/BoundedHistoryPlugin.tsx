import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { HISTORY_MAX_DEPTH } from '../editor-config';

/** Undo/redo for one editor with at most HISTORY_MAX_DEPTH steps; returns the cleanup. */
export function registerBoundedHistory(editor: LexicalEditor, maxDepth = HISTORY_MAX_DEPTH): () => void {
  return registerHistory(editor, createEmptyHistoryState(), 300, Date.now, undefined, maxDepth);
}

/** Undo/redo with a bounded stack (Lexical's own plugin keeps every step forever). */
export function BoundedHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBoundedHistory(editor), [editor]);
  return null;
}
