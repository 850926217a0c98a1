import { createContext, useContext } from 'react';
import type { PendingAnchor } from '../editor/plugins/CommentPlugin';

/** What an answer needs of the comments: ask for a new one, the ids it may mark, open the panel, its open count. */
export interface CommentsApi {
  request: (questionId: string, anchor: PendingAnchor) => void;
  /** The comment ids an answer may mark; null until the comments are read. */
  known: (questionId: string) => ReadonlySet<string> | null;
  open: (questionId: string) => void;
  openCount: (questionId: string) => number;
}

export const CommentsContext = createContext<CommentsApi | null>(null);

/** The comments of the document the answer is in, or null where there are none (a read-only view). */
export function useComments(): CommentsApi | null {
  return useContext(CommentsContext);
}
