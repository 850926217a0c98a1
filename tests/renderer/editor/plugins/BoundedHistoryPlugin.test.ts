import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, UNDO_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerBoundedHistory } from '../../../../renderer/editor/plugins/BoundedHistoryPlugin';

describe('registerBoundedHistory', () => {
  it.each([
    [10, 25],
    [100, 150],
  ])('keeps at most %i undo steps after %i separate edits', async (depth, edits) => {
    const editor = createHeadlessEditor({
      onError: (e) => {
        throw e;
      },
    });
    let now = 0;
    const realNow = Date.now;
    Date.now = () => now;
    registerBoundedHistory(editor, depth);
    try {
      for (let i = 0; i < edits; i++) {
        now += 10_000; // far apart, so no two edits merge into one step
        editor.update(
          () =>
            $getRoot()
              .append($createParagraphNode().append($createTextNode(`steg ${i}`)))
              .selectEnd(),
          { discrete: true },
        );
      }
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
    } finally {
      Date.now = realNow;
    }
  });
});
