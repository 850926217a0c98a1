import { createHeadlessEditor } from '@lexical/headless';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import { $createTableNodeWithDimensions, TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, $getState, $setState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { blockIdState, registerBlockIds } from '../../../../renderer/editor/plugins/BlockIdPlugin';
import { richTextSchema } from '../../../../shared/report/content-schema';
import { hasUniqueBlockIds } from '../../../../shared/report/block-ids';

const NODES = [HeadingNode, ListNode, ListItemNode, TableNode, TableRowNode, TableCellNode];

function setup() {
  const editor = createHeadlessEditor({
    nodes: NODES,
    onError: (e) => {
      throw e;
    },
  });
  let n = 0;
  registerBlockIds(editor, () => `blk-${++n}`);
  return editor;
}

const ids = (editor: ReturnType<typeof setup>) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((b) => $getState(b, blockIdState)),
  );

describe('registerBlockIds', () => {
  it('gives ids to blocks of content loaded without them', () => {
    const editor = createHeadlessEditor({
      nodes: NODES,
      onError: (e) => {
        throw e;
      },
    });
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('gammal text'))), {
      discrete: true,
    });
    registerBlockIds(editor, () => 'blk-load');
    editor.update(() => {}, { discrete: true });
    expect(ids(editor)).toEqual(['blk-load']);
  });

  it('gives a table an id like any top-level block, and its cells none', () => {
    const editor = setup();
    editor.update(() => $getRoot().append($createTableNodeWithDimensions(2, 2, true)), { discrete: true });
    expect(ids(editor)).toEqual(['blk-1']);
    const json = editor.getEditorState().toJSON() as unknown as {
      root: { children: { $?: unknown; children: { children: { $?: unknown }[] }[] }[] };
    };
    expect(json.root.children[0]!.$).toEqual({ blockId: 'blk-1' });
    expect(json.root.children[0]!.children[0]!.children[0]!.$).toBeUndefined();
    expect(richTextSchema.safeParse(json).success).toBe(true);
  });

  it('gives every new top-level block an id that survives serialization', async () => {
    const editor = setup();
    editor.update(
      () =>
        $getRoot().append(
          $createParagraphNode().append($createTextNode('ett')),
          $createParagraphNode().append($createTextNode('två')),
        ),
      { discrete: true },
    );
    expect(ids(editor)).toEqual(['blk-1', 'blk-2']);
    const json = editor.getEditorState().toJSON();
    expect(richTextSchema.parse(json).root.children.map((b) => b.$?.blockId)).toEqual(['blk-1', 'blk-2']);
    expect(hasUniqueBlockIds(richTextSchema.parse(json))).toBe(true);
  });

  it('keeps existing ids and gives a copy (a split) a fresh one', async () => {
    const editor = setup();
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('original'))), {
      discrete: true,
    });
    editor.update(
      () => {
        const copy = $createParagraphNode().append($createTextNode('kopia'));
        $setState(copy, blockIdState, 'blk-1');
        $getRoot().append(copy);
      },
      { discrete: true },
    );
    expect(ids(editor)).toEqual(['blk-1', 'blk-2']);
  });
});
