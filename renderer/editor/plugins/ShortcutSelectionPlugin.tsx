import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  getDOMSelectionFromTarget,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

/*
 * Shortcuts act on the selection the user sees. The browser tells the editor of a moved
 * selection in a task of its own (selectionchange), and Lexical reads a keydown against
 * the selection it was last told of; a shortcut pressed right after Shift+Arrow can come
 * first (on a busy machine it does), and was applied to the selection before that last
 * step: a comment quoting one letter less, Ctrl+B bolding one letter short. So before any
 * other handler, a keydown with Ctrl, Alt or ⌘ takes the page's selection when it lies in
 * this editor and has other ends than the editor's. Plain typing needs none of this: it
 * comes as beforeinput, which Lexical reads from the page itself.
 */

/** Moves the editor's range selection to the page's, when they differ; inside an update. */
function $takePageSelection(editor: LexicalEditor): void {
  const own = $getSelection();
  const root = editor.getRootElement();
  // A selected image or table cells are the editor's own kinds of selection: left as they are.
  if (!$isRangeSelection(own) || !root) return;
  const page = getDOMSelectionFromTarget(root);
  if (!page?.anchorNode || !page.focusNode || !root.contains(page.anchorNode) || !root.contains(page.focusNode)) return;
  const shown = $createRangeSelectionFromDom(page, editor);
  if (!shown || (shown.anchor.is(own.anchor) && shown.focus.is(own.focus))) return;
  own.anchor.set(shown.anchor.key, shown.anchor.offset, shown.anchor.type);
  own.focus.set(shown.focus.key, shown.focus.offset, shown.focus.type);
}

/** Registers the catch-up of the selection before shortcuts; returns the cleanup. */
export function registerShortcutSelection(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (event.ctrlKey || event.altKey || event.metaKey) $takePageSelection(editor);
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}

/** The selection catch-up as a plugin. */
export function ShortcutSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerShortcutSelection(editor), [editor]);
  return null;
}
