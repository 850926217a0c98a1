import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { $isHeadingNode } from '@lexical/rich-text';
import {
  $computeTableMapSkipCellCheck,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $getTableCellNodeFromLexicalNode,
  $getTableRowIndexFromTableCellNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableNode,
  $setTableRowIsHeader,
  TableCellNode,
  type TableNode,
} from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from '../../../shared/report/content-schema';

/*
 * Tables in an answer: Lexical's TablePlugin (Tab and Shift+Tab move between cells)
 * without cell colours or tables in tables (merged cells from a paste or a Word file are
 * kept as they are), and the edits the toolbar offers in a table. A cell holds paragraphs only, as the content schema says: a list
 * or sub-heading that lands in a cell (a paste, the list button) becomes paragraphs of
 * the same text. The limits (MAX_TABLE_COLUMNS, MAX_TABLE_CELLS) hold for every edit.
 */

export type TableAction =
  'row-above' | 'row-below' | 'row-delete' | 'column-left' | 'column-right' | 'column-delete' | 'header-row';

/** A table edit at the selection; refused (false) when it would break the limits. */
export const TABLE_ACTION_COMMAND = createCommand<TableAction>('TABLE_ACTION_COMMAND');

/** The size of a table: its widest row (counting spans) and its cells. */
export function $tableSize(table: TableNode): { columns: number; cells: number } {
  const [map] = $computeTableMapSkipCellCheck(table, null, null);
  const rows = table.getChildren().filter($isElementNode);
  return {
    columns: Math.max(0, ...map.map((row) => row.length)),
    cells: rows.reduce((n, row) => n + row.getChildrenSize(), 0),
  };
}

function $paragraphsOf(list: ListNode): LexicalNode[] {
  return list.getChildren().flatMap((item) => {
    if (!$isListItemNode(item)) return [];
    const paragraph = $createParagraphNode();
    const nested: LexicalNode[] = [];
    for (const child of item.getChildren()) {
      if ($isListNode(child)) nested.push(...$paragraphsOf(child));
      else paragraph.append(child);
    }
    return [paragraph, ...nested];
  });
}

/** Keeps a cell to paragraphs: lists and sub-headings inside become paragraphs, loose inline content is wrapped. */
function $keepCellParagraphs(cell: TableCellNode): void {
  if (cell.getBackgroundColor() !== null) cell.setBackgroundColor(null);
  for (const child of cell.getChildren()) {
    if ($isParagraphNode(child)) continue;
    if ($isListNode(child)) {
      for (const paragraph of $paragraphsOf(child)) child.insertBefore(paragraph);
      child.remove();
    } else if ($isTableNode(child)) {
      // A table in a table (from a paste): its rows as paragraphs, cells separated by " | ".
      for (const row of child.getChildren().filter($isElementNode)) {
        const paragraph = $createParagraphNode();
        row
          .getChildren()
          .filter($isElementNode)
          .forEach((inner, i) => {
            if (i > 0) paragraph.append($createTextNode(' | '));
            inner
              .getChildren()
              .filter($isElementNode)
              .forEach((block, j) => {
                if (j > 0) paragraph.append($createTextNode(' '));
                paragraph.append(...block.getChildren());
              });
          });
        child.insertBefore(paragraph);
      }
      child.remove();
    } else if ($isHeadingNode(child) || ($isElementNode(child) && !child.isInline())) {
      const paragraph = $createParagraphNode();
      paragraph.append(...(child as ElementNode).getChildren());
      child.replace(paragraph);
    } else {
      const paragraph = $createParagraphNode();
      child.insertBefore(paragraph);
      paragraph.append(child);
    }
  }
}

function $runTableAction(action: TableAction): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
  const table = cell && $findTableNode(cell);
  if (!cell || !table) return false;
  const size = $tableSize(table);
  if ((action === 'row-above' || action === 'row-below') && size.cells + size.columns > MAX_TABLE_CELLS) return false;
  if (
    (action === 'column-left' || action === 'column-right') &&
    (size.columns + 1 > MAX_TABLE_COLUMNS || size.cells + table.getChildrenSize() > MAX_TABLE_CELLS)
  )
    return false;
  switch (action) {
    case 'row-above':
    case 'row-below':
      return $insertTableRowAtSelection(action === 'row-below') !== null;
    case 'column-left':
    case 'column-right':
      return $insertTableColumnAtSelection(action === 'column-right') !== null;
    case 'row-delete':
      $deleteTableRowAtSelection();
      return true;
    case 'column-delete':
      $deleteTableColumnAtSelection();
      return true;
    case 'header-row': {
      const row = $getTableRowIndexFromTableCellNode(cell);
      $setTableRowIsHeader(table, row, (cell.getHeaderStyles() & 1) === 0);
      return true;
    }
  }
}

/** Registers the cell guard and the table actions; returns the cleanup. */
export function registerTables(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TableCellNode, $keepCellParagraphs),
    editor.registerCommand(TABLE_ACTION_COMMAND, $runTableAction, COMMAND_PRIORITY_EDITOR),
  );
}

/** Tables as a plugin: Lexical's TablePlugin with the app's limits and cell guard. */
export function TablesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTables(editor), [editor]);
  return <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasTabHandler hasNestedTables={false} />;
}
