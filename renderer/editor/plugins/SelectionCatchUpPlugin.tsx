import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  getDOMSelectionFromTarget,
  isSelectionWithinEditor,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

/*
 * A key acts where the user sees the caret. The browser tells the editor of a moved
 * selection in a task of its own (selectionchange), and Lexical reads a keydown against
 * the selection it was last told of. A key pressed right after an arrow key can come
 * first: on a busy machine the browser hands queued keys over before that task. Then
 * Enter split the paragraph where the caret had been, Ctrl+B bolded one letter short and
 * a comment quoted one letter less. So before any other handler, a keydown in this
 * editor takes the page's selection when it has other ends than the editor's. Typed text
 * needs none of this (it comes as beforeinput, which Lexical reads from the page), and
 * keys during an input method's composition never reach here.
 */

/** Moves the editor's range selection to the page's, when they differ; inside an update. */
function $catchUp(editor: LexicalEditor, root: HTMLElement): void {
  const own = $getSelection();
  // A selected image or table cells are the editor's own kinds of selection: left as they are.
  if (!$isRangeSelection(own)) return;
  const page = getDOMSelectionFromTarget(root);
  if (!page || !isSelectionWithinEditor(editor, page.anchorNode, page.focusNode)) return;
  const shown = $createRangeSelectionFromDom(page, editor);
  if (!shown || (shown.anchor.is(own.anchor) && shown.focus.is(own.focus))) return;
  own.anchor.set(shown.anchor.key, shown.anchor.offset, shown.anchor.type);
  own.focus.set(shown.focus.key, shown.focus.offset, shown.focus.type);
}

/** Registers the selection's catch-up before every key; returns the cleanup. */
export function registerSelectionCatchUp(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const root = editor.getRootElement();
      // A key on a conflict's own buttons inside the answer is theirs.
      if (root && event.target === root) $catchUp(editor, root);
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}

/** The selection's catch-up as a plugin. */
export function SelectionCatchUpPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSelectionCatchUp(editor), [editor]);
  return null;
}
