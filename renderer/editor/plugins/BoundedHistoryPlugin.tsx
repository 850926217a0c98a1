import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createEmptyHistoryState, registerHistory, type HistoryState, type HistoryStateEntry } from '@lexical/history';
import { $isTextNode, type EditorState, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { HISTORY_MAX_DEPTH, HISTORY_MAX_TEXT } from '../editor-config';

/*
 * Lexical's undo stack is bounded by steps only. A step keeps the whole state before it,
 * sharing every node it did not change with the step after it: a typed word costs a
 * node, but a merge or restored version that replaced a long answer keeps a full copy,
 * and a hundred of those stay in memory all day. So each step is also weighed: the text
 * of the nodes it holds that the next state no longer has (a node counts as NODE_TEXT
 * characters besides), and the oldest steps go once the steps after them weigh more
 * than the bound. The newest step always stays: the last change can always be undone.
 */

/** What a node weighs besides its text, in characters (an object, its key, its format). */
const NODE_TEXT = 50;

/** The characters `state` holds that `next` no longer shares with it. */
function weighAgainst(state: EditorState, next: EditorState): number {
  let weight = 0;
  for (const [key, node] of state._nodeMap) {
    if (next._nodeMap.get(key) === node) continue;
    weight += NODE_TEXT + ($isTextNode(node) ? node.__text.length : 0);
  }
  return weight;
}

/** Drops the oldest undo steps beyond `maxText` characters of their own; the newest always stays. */
function trimHistoryByText(history: HistoryState, maxText: number, weights: WeakMap<HistoryStateEntry, number>) {
  const { undoStack, current } = history;
  if (current === null) return;
  let total = 0;
  for (let i = undoStack.length - 1; i >= 0; i--) {
    const entry = undoStack[i]!;
    const next = i === undoStack.length - 1 ? current.editorState : undoStack[i + 1]!.editorState;
    let weight = weights.get(entry);
    if (weight === undefined) {
      weight = weighAgainst(entry.editorState, next);
      weights.set(entry, weight);
    }
    total += weight;
    if (total > maxText && i < undoStack.length - 1) {
      // In place: the history keeps this same array.
      undoStack.splice(0, i + 1);
      return;
    }
  }
}

/** Undo/redo for one editor: at most `maxDepth` steps, and the old ones beyond `maxText` characters dropped; returns the cleanup. */
export function registerBoundedHistory(
  editor: LexicalEditor,
  maxDepth = HISTORY_MAX_DEPTH,
  maxText = HISTORY_MAX_TEXT,
  history: HistoryState = createEmptyHistoryState(),
): () => void {
  const weights = new WeakMap<HistoryStateEntry, number>();
  let newest: HistoryStateEntry | undefined;
  // Called after every change (with this same history); the stack is weighed only when a step was added.
  const onChange = () => {
    const top = history.undoStack.at(-1);
    if (top === newest) return;
    newest = top;
    trimHistoryByText(history, maxText, weights);
  };
  return registerHistory(editor, history, 300, Date.now, onChange, maxDepth);
}

/** Undo/redo with a stack bounded by steps and by size (Lexical's own plugin keeps every step forever). */
export function BoundedHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBoundedHistory(editor), [editor]);
  return null;
}
