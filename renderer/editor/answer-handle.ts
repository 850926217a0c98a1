import type { LexicalEditor, RangeSelection } from 'lexical';
import type { RichText } from '../../shared/report/content-schema';
import type { Answer, Snapshot } from '../../shared/report/report-schema';

/*
 * The handle one answer's editor gives the document around it: the history panel
 * restores through it, a merge replaces through it, comments are marked and found
 * through it, and search reaches the editor itself.
 */

/** What the document may do with one answer's editor. */
export interface AnswerHandle {
  restore: (snapshot: Snapshot) => void;
  /** Replaces the content (a merge), as one undoable step. */
  replace: (content: RichText) => void;
  /** Replaces the whole answer as a merge left it: text, Ja/Nej, basis and status. */
  apply: (answer: Pick<Answer, 'content' | 'choice' | 'basis' | 'status'>) => void;
  undo: () => void;
  current: () => RichText;
  /** The answer as it stands in the editor now. */
  currentAnswer: () => Answer;
  /** Wraps a kept selection in comment `id`'s mark; false when its text is gone. */
  wrapComment: (selection: RangeSelection, id: string) => boolean;
  /** Selects comment `id`'s words in the editor; false when none are marked. */
  selectComment: (id: string) => boolean;
  /** The comment ids marked in the answer now. */
  markedIds: () => Set<string>;
  /** The answer's editor, for search and replace; null before it is made. */
  editor: () => LexicalEditor | null;
}
