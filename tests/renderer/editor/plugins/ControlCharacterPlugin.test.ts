import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerControlCharacters } from '../../../../renderer/editor/plugins/ControlCharacterPlugin';

describe('registerControlCharacters', () => {
  it.each([
    ['a vertical tab from Word', 'före\u000Befter', 'föreefter'],
    ['U+0001 and U+FFFE', 'a\u0001b\uFFFEc', 'abc'],
    ['an unpaired surrogate', 'a\uD800b', 'ab'],
    ['tabs, emoji and Swedish letters stay', 'å\tä 😀 ö', 'å\tä 😀 ö'],
  ])('takes out %s', (_name, typed, kept) => {
    const editor = createHeadlessEditor({
      nodes: [],
      onError: (e) => {
        throw e;
      },
    });
    registerControlCharacters(editor);
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(typed))), { discrete: true });
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(kept);
  });
});
