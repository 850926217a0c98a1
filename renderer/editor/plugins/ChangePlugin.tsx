import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect } from 'react';
import { $isConflictNode } from '../nodes/ConflictNode';

/*
 * Tells the answer about changes without serializing anything: autosave keeps the
 * EditorState reference and serializes only when its debounce fires. The counts are
 * computed after typing pauses briefly, off the keystroke path.
 */

export interface TextStats {
  characters: number;
  words: number;
  empty: boolean;
  /** Open merge conflicts in the answer. */
  conflicts: number;
}

const STATS_DELAY_MS = 150;

function readStats(state: EditorState, hasImage: boolean): TextStats {
  return state.read(() => {
    const root = $getRoot();
    const text = root.getTextContent();
    const conflicts = root.getChildren().filter($isConflictNode).length;
    const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    return {
      characters: [...text.replace(/\n/g, '')].length,
      words,
      empty: text.trim() === '' && !hasImage && conflicts === 0,
      conflicts,
    };
  });
}

/** Calls `onChange` with the new state on every content change and `onStats` shortly after. */
export function ChangePlugin({
  onChange,
  onStats,
}: {
  onChange: (state: EditorState) => void;
  onStats: (stats: TextStats) => void;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stats = (state: EditorState) => readStats(state, Object.keys(editor.getDecorators()).length > 0);
    onStats(stats(editor.getEditorState()));
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (prevEditorState.isEmpty()) return;
      onChange(editorState);
      clearTimeout(timer);
      timer = setTimeout(() => onStats(stats(editorState)), STATS_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onChange, onStats]);
  return null;
}
