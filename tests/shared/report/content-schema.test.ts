import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { emptyRichText, jsonDepth, richTextSchema } from '../../../shared/report/content-schema';
import { paragraph, richText, text } from '../fixtures';

function lexicalOutput() {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, ListNode, ListItemNode, LinkNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => {
      const heading = $createHeadingNode('h4').append($createTextNode('Prestationer – Digital kommunikation'));
      const bold = $createTextNode('Fet').toggleFormat('bold');
      const link = $createLinkNode('https://www.tillvaxtverket.se').append($createTextNode('länk'));
      const para = $createParagraphNode().append(
        bold,
        $createLineBreakNode(),
        $createTextNode('kursiv').toggleFormat('italic'),
        link,
      );
      const inner = $createListNode('number').append($createListItemNode().append($createTextNode('under')));
      const list = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('punkt')),
        $createListItemNode().append(inner),
      );
      $getRoot().clear().append(heading, para, list);
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

describe('richTextSchema', () => {
  it('accepts what Lexical writes for every node type the app uses', () => {
    const result = richTextSchema.safeParse(lexicalOutput());
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('accepts the empty answer', () => {
    expect(richTextSchema.safeParse(emptyRichText()).success).toBe(true);
  });

  it.each([
    ['an unknown node type', { type: 'script', version: 1, text: 'alert(1)' }],
    [
      'a javascript: link',
      {
        type: 'link',
        version: 1,
        url: 'javascript:alert(1)',
        rel: null,
        target: null,
        title: null,
        direction: null,
        format: '',
        indent: 0,
        children: [],
      },
    ],
    ['a text node with inline style', { ...text('x'), style: 'color: red' }],
    ['a text node with an extra field', { ...text('x'), onclick: 'alert(1)' }],
  ])('rejects %s', (_name, node) => {
    expect(richTextSchema.safeParse(richText(paragraph(node as never))).success).toBe(false);
  });

  it('rejects unknown block state keys', () => {
    const block = { ...paragraph(text('x')), $: { blockId: 'b1', evil: true } };
    expect(richTextSchema.safeParse(richText(block as never)).success).toBe(false);
  });
});

describe('jsonDepth', () => {
  it.each([
    [1, 0],
    [{}, 1],
    [{ a: [1] }, 2],
    [{ a: { b: { c: {} } } }, 4],
  ])('%j has depth %i', (value, depth) => {
    expect(jsonDepth(value)).toBe(depth);
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(jsonDepth(deep, 200)).toBeGreaterThan(200);
  });
});
