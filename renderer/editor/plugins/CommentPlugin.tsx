import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, MarkNode, $createMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister, registerNestedElementResolver } from '@lexical/utils';
import {
  $createRangeSelection,
  $getSelection,
  $getState,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import { blockIdState } from './BlockIdPlugin';

/*
 * Comments anchored to text with Lexical's MarkNode: Ctrl+Alt+M (as in Word) or the
 * "Kommentera" button asks for a comment on the selection, or on the whole question when
 * nothing is selected. The selection is kept until the comment is written, then wrapped
 * in a mark with the comment's id. A mark made inside another joins it (marks never
 * nest), and a mark pasted in from elsewhere whose comment this question does not have
 * is taken away again, its text kept.
 */

/** What a new comment is anchored to: the selection kept for wrapping, the words and their block; all null for the whole question. */
export interface PendingAnchor {
  selection: RangeSelection | null;
  quote: string | null;
  blockId: string | null;
}

/** Asks for a new comment on the editor's selection (or the whole question). */
export const ADD_COMMENT_COMMAND = createCommand<void>('ADD_COMMENT_COMMAND');

/** The editor's selection as a comment anchor. */
function $pendingAnchor(): PendingAnchor {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return { selection: null, quote: null, blockId: null };
  const quote = selection.getTextContent().trim().slice(0, 1_000);
  if (quote === '') return { selection: null, quote: null, blockId: null };
  const top = selection.anchor.getNode().getTopLevelElement();
  return { selection: selection.clone(), quote, blockId: top ? $getState(top, blockIdState) || null : null };
}

/** Wraps the kept selection in a mark for comment `id`; false when the text it pointed at is gone. */
export function wrapComment(editor: LexicalEditor, selection: RangeSelection, id: string): boolean {
  let done = false;
  editor.update(
    () => {
      const fresh = $createRangeSelection();
      fresh.anchor.set(selection.anchor.key, selection.anchor.offset, selection.anchor.type);
      fresh.focus.set(selection.focus.key, selection.focus.offset, selection.focus.type);
      if (!fresh.anchor.getNode().isAttached() || !fresh.focus.getNode().isAttached()) return;
      $wrapSelectionInMarkNode(fresh, fresh.isBackward(), id);
      done = true;
    },
    { discrete: true },
  );
  return done;
}

/** Selects the text comment `id` marks and focuses the editor; false when no text is marked. */
export function selectComment(editor: LexicalEditor, id: string): boolean {
  let found = false;
  editor.update(
    () => {
      const marks = $dfs()
        .map((n) => n.node)
        .filter((n): n is MarkNode => $isMarkNode(n) && n.hasID(id));
      const first = marks[0];
      const last = marks[marks.length - 1];
      if (!first || !last) return;
      const selection = $createRangeSelection();
      const start = first.getFirstDescendant();
      const end = last.getLastDescendant();
      if (!start || !end) return;
      selection.anchor.set(start.getKey(), 0, start.getType() === 'text' ? 'text' : 'element');
      selection.focus.set(end.getKey(), end.getTextContentSize(), end.getType() === 'text' ? 'text' : 'element');
      $setSelection(selection);
      found = true;
    },
    { discrete: true },
  );
  if (found) editor.getRootElement()?.focus({ preventScroll: false });
  return found;
}

/** The comment ids marked in the editor now. */
export function markedCommentIds(editor: LexicalEditor): Set<string> {
  return editor
    .getEditorState()
    .read(() => new Set($dfs().flatMap((n) => ($isMarkNode(n.node) ? n.node.getIDs() : []))));
}

export function CommentPlugin({
  onRequest,
  known,
}: {
  onRequest: (anchor: PendingAnchor) => void;
  known: () => ReadonlySet<string> | null;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          ADD_COMMENT_COMMAND,
          () => {
            // Inside the command's update, so after a keydown's catch-up (SelectionCatchUpPlugin).
            onRequest($pendingAnchor());
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey && event.altKey && event.code === 'KeyM')) return false;
            event.preventDefault();
            return editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined);
          },
          COMMAND_PRIORITY_HIGH,
        ),
        registerNestedElementResolver<MarkNode>(
          editor,
          MarkNode,
          (from) => $createMarkNode(from.getIDs()),
          (from, to) => from.getIDs().forEach((id) => to.addID(id)),
        ),
        editor.registerNodeTransform(MarkNode, (node) => {
          const ids = known();
          if (ids === null) return;
          const stray = node.getIDs().filter((id) => !ids.has(id));
          if (stray.length === 0) return;
          if (stray.length === node.getIDs().length) $unwrapMarkNode(node);
          else stray.forEach((id) => node.deleteID(id));
        }),
      ),
    [editor, onRequest, known],
  );
  return null;
}
