import { createHeadlessEditor } from '@lexical/headless';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { createEmptyHistoryState } from '@lexical/history';
import { describe, expect, it } from 'vitest';
import { registerBoundedHistory } from '../../../renderer/editor/plugins/BoundedHistoryPlugin';
import { replaceContent } from '../../../renderer/editor/replace-content';
import type { RichText } from '../../../shared/report/content-schema';
import { canonicalJson } from '../../../shared/text/canonical-json';

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    nodes: [HeadingNode, ListNode, ListItemNode],
    onError: (e) => {
      throw e;
    },
  });
}

function load(editor: LexicalEditor, texts: string[]): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const text of texts) root.append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
}

/** Content as Lexical itself serializes it (what answers store). */
function contentOf(texts: string[]): RichText {
  const editor = newEditor();
  load(editor, texts);
  return editor.getEditorState().toJSON() as unknown as RichText;
}

const state = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => ({ key: node.getKey(), text: node.getTextContent() })),
  );

describe('replaceContent', () => {
  it.each([
    { name: 'one block in the middle changed', from: ['a', 'b', 'c'], to: ['a', 'B', 'c'], kept: ['a', 'c'] },
    { name: 'a block added first', from: ['a', 'b', 'c'], to: ['x', 'a', 'b', 'c'], kept: ['a', 'b', 'c'] },
    { name: 'a block added last', from: ['a', 'b'], to: ['a', 'b', 'x'], kept: ['a', 'b'] },
    { name: 'the last block removed', from: ['a', 'b', 'c'], to: ['a', 'b'], kept: ['a', 'b'] },
    { name: 'the first block removed', from: ['a', 'b', 'c'], to: ['b', 'c'], kept: ['b', 'c'] },
    { name: 'everything different', from: ['a', 'b'], to: ['x', 'y', 'z'], kept: [] },
    { name: 'into an empty answer', from: [], to: ['a', 'b'], kept: [] },
    { name: 'to nothing', from: ['a', 'b'], to: [], kept: [] },
    { name: 'a repeated block removed', from: ['a', 'b', 'a'], to: ['a', 'a'], kept: ['a', 'a'] },
    { name: 'nothing changed', from: ['a', 'b'], to: ['a', 'b'], kept: ['a', 'b'] },
  ])('$name: the content is the new one, the unchanged blocks at both ends the same nodes', ({ from, to, kept }) => {
    const editor = newEditor();
    load(editor, from);
    const before = state(editor);
    const content = contentOf(to);
    replaceContent(editor, content);
    editor.update(() => {}, { discrete: true });
    expect(canonicalJson(editor.getEditorState().toJSON())).toBe(canonicalJson(content));
    const beforeKeys = new Set(before.map((b) => b.key));
    expect(
      state(editor)
        .filter((b) => beforeKeys.has(b.key))
        .map((b) => b.text),
    ).toEqual(kept);
  });

  it('is one undo step: undo gives back the content before', () => {
    const editor = newEditor();
    load(editor, ['a', 'b', 'c']);
    registerBoundedHistory(editor);
    // A first update after the history is registered gives it a current state to return to.
    editor.update(() => $getRoot().getFirstChild()!.selectEnd(), { discrete: true });
    const before = canonicalJson(editor.getEditorState().toJSON());
    replaceContent(editor, contentOf(['a', 'ny text', 'c', 'd']));
    editor.update(() => {}, { discrete: true });
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    editor.update(() => {}, { discrete: true });
    expect(canonicalJson(editor.getEditorState().toJSON())).toBe(before);
  });
});

describe('replaceContent and the undo history', () => {
  it('a day of merges into a long answer keeps a few of its versions for undo, not a hundred', async () => {
    const editor = newEditor();
    const history = createEmptyHistoryState();
    registerBoundedHistory(editor, 100, 100_000, history);
    // 300 paragraphs of 250 characters: a 75,000-character answer, every paragraph new in each version.
    const version = (n: number) =>
      Array.from({ length: 300 }, (_, i) => `Version ${n}, stycke ${i}: `.padEnd(250, 'text '));
    load(editor, version(0));
    for (let n = 1; n <= 8; n++) {
      replaceContent(editor, contentOf(version(n)));
      await new Promise((resolve) => setTimeout(resolve));
    }
    const kept = history.undoStack.map((entry) =>
      entry.editorState.read(() => /^Version (\d+)/.exec($getRoot().getTextContent())![1]),
    );
    // The newest replaced version always (it alone is near the bound), nothing older: the step count (100) never bit.
    expect(kept).toEqual(['7']);
  });
});
