import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { ParagraphNode, type EditorThemeClasses, type Klass, type LexicalNode } from 'lexical';
import { ConflictNode } from './nodes/ConflictNode';
import { ImageNode } from './nodes/ImageNode';

/** The node types an answer may hold; the same list the content schema accepts. */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  ListNode,
  ListItemNode,
  LinkNode,
  ImageNode,
  ConflictNode,
  MarkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];

/** The kinds of top-level block that carry an id, provenance and the prior-year mark. */
export const TOP_LEVEL_BLOCKS = [ParagraphNode, HeadingNode, ListNode, TableNode] as const;

/** The heading tag used for sub-headings inside an answer (the question itself is an h3). */
export const SUBHEADING_TAG = 'h4';

/** Undo steps kept per editor, so memory does not grow without bound over a long day. */
export const HISTORY_MAX_DEPTH = 100;

/**
 * Characters of their own the undo steps of one editor may hold (a typical answer has a
 * few thousand; this is some fifty pages): a day of merges into a long answer keeps the
 * last few copies of it, not a hundred.
 */
export const HISTORY_MAX_TEXT = 100_000;

export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h3: 'ed-subheading', h4: 'ed-subheading' },
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  link: 'ed-link',
  mark: 'ed-comment',
  markOverlap: 'ed-comment-overlap',
  text: { bold: 'ed-bold', italic: 'ed-italic', underline: 'ed-underline' },
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  tableSelection: 'ed-table-selection',
  tableCellSelected: 'ed-cell-selected',
};

/** Link targets the editor accepts; anything else is refused when a link is made. */
export function isSafeLinkUrl(url: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s]+)$/i.test(url.trim());
}
