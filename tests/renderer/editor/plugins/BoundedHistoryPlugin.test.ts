import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, UNDO_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createEmptyHistoryState } from '@lexical/history';
import { registerBoundedHistory } from '../../../../renderer/editor/plugins/BoundedHistoryPlugin';

/** A headless editor with the bounded history, after `count` edits ten seconds apart (so that none merge into one step). */
function editedFarApart(count: number, edit: (i: number) => void, maxDepth: number, maxText?: number) {
  const editor = createHeadlessEditor({
    onError: (e) => {
      throw e;
    },
  });
  const history = createEmptyHistoryState();
  const realNow = Date.now;
  let now = 0;
  // The history reads the clock it was given at registration.
  Date.now = () => now;
  try {
    registerBoundedHistory(editor, maxDepth, maxText, history);
    for (let i = 0; i < count; i++) {
      now += 10_000;
      editor.update(() => edit(i), { discrete: true });
    }
  } finally {
    Date.now = realNow;
  }
  return { editor, history };
}

describe('registerBoundedHistory', () => {
  it.each([
    [10, 25],
    [100, 150],
  ])('keeps at most %i undo steps after %i separate edits', (depth, edits) => {
    const { editor } = editedFarApart(
      edits,
      (i) =>
        $getRoot()
          .append($createParagraphNode().append($createTextNode(`steg ${i}`)))
          .selectEnd(),
      depth,
    );
    let changes = 0;
    for (let i = 0; i < edits; i++) {
      const before = JSON.stringify(editor.getEditorState().toJSON());
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      if (JSON.stringify(editor.getEditorState().toJSON()) !== before) changes++;
    }
    // The stack holds `depth` entries, the newest of which is the state itself.
    expect(changes).toBe(depth - 1);
    const left = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(left).toContain('steg 0');
    expect(left).not.toContain(`steg ${edits - depth + 1}`);
  });
});

describe('registerBoundedHistory by size', () => {
  /** The versions the undo stack holds after `replacements` versions of the whole answer, `size` characters each. */
  function undoable(size: number, replacements: number, maxText: number): string[] {
    const { history } = editedFarApart(
      replacements,
      (i) => {
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode(`version ${i} `.padEnd(size, 'x'))))
          .selectEnd();
      },
      100,
      maxText,
    );
    return history.undoStack.map(
      (entry) => /version \d+/.exec(entry.editorState.read(() => $getRoot().getTextContent()))![0],
    );
  }

  const versions = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `version ${from + i}`);

  it.each([
    // 30,000 characters a version (and three nodes): three replaced versions fit within 100,000, a fourth does not.
    ['long versions of the answer: as many as fit', 30_000, 8, 100_000, versions(4, 6)],
    // One version over the bound: the last change can still be undone, nothing older.
    ['a version larger than the bound: the last step stays', 150_000, 4, 100_000, versions(2, 2)],
    // Short versions weigh little: only the step count bounds them.
    ['short versions: every step', 20, 30, 100_000, versions(0, 28)],
  ])('%s', (_case, size, replacements, maxText, kept) => {
    expect(undoable(size, replacements, maxText)).toEqual(kept);
  });
});
