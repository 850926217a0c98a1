import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLoaded } from '../app/use-loaded';
import type { CommentAuthor, StoredComment } from '../../shared/review/comment-schema';
import { appDeps } from '../app/deps';
import { addComment, addReply, listComments, setResolved } from '../db/comments-repo';
import type { WorkbenchDb } from '../db/schema';
import type { PendingAnchor } from '../editor/plugins/CommentPlugin';
import type { AnswerHandle } from '../editor/answer-handle';
import type { CommentsApi } from './comments-context';
import type { CommentDraft } from './CommentsPanel';

/*
 * The comments of one document (a report or a contribution workspace): read once when
 * the document opens and again after each change; a new comment is asked for from an
 * answer (its kept selection), written in the panel, then marked in the text and saved.
 * The mark is written by the answer's autosave, flushed right away.
 */

export function useDocumentComments(args: {
  db: WorkbenchDb;
  ownerId: string;
  me: CommentAuthor;
  getHandle: (questionId: string) => AnswerHandle | undefined;
  onOpen: (questionId: string) => void;
  onError: (message: string) => void;
  flush?: () => Promise<void>;
  /** Changes when other views may have brought comments (an import): they are read again. */
  refresh?: unknown;
}) {
  const { db, ownerId, me, getHandle, onOpen, onError, flush } = args;
  const { refresh } = args;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `refresh` only says when to read again
  const load = useCallback(() => listComments(db, ownerId), [db, ownerId, refresh]);
  const { value: loaded, error, reload } = useLoaded(load);
  const threads = loaded ?? null;
  const [draft, setDraft] = useState<(CommentDraft & { anchor: PendingAnchor }) | null>(null);
  // Ids marked in this session count as known, so a mark is never taken away before its comment is read back.
  const pending = useRef(new Set<string>());
  useEffect(() => {
    if (error !== undefined) onError(error instanceof Error ? error.message : String(error));
  }, [error, onError]);

  const api = useMemo<CommentsApi>(
    () => ({
      request: (questionId, anchor) => {
        setDraft({ questionId, quote: anchor.quote, anchor });
        onOpen(questionId);
      },
      known: (questionId) => {
        if (threads === null) return null;
        return new Set([...threads.filter((t) => t.questionId === questionId).map((t) => t.id), ...pending.current]);
      },
      open: onOpen,
      openCount: (questionId) =>
        (threads ?? []).filter((t) => t.questionId === questionId && !t.resolution?.resolved).length,
    }),
    [onOpen, threads],
  );

  const run = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
        reload();
      } catch (error) {
        onError(error instanceof Error ? error.message : String(error));
      }
    },
    [reload, onError],
  );

  const saveDraft = useCallback(
    (text: string) =>
      run(async () => {
        if (!draft) return;
        const id = appDeps.newId();
        const { selection, quote, blockId } = draft.anchor;
        let anchor: StoredComment['anchor'] = null;
        if (selection && quote && blockId) {
          pending.current.add(id);
          if (getHandle(draft.questionId)?.wrapComment(selection, id)) anchor = { blockId, quote };
        }
        await addComment(db, ownerId, {
          id,
          questionId: draft.questionId,
          author: me,
          createdAt: appDeps.now().toISOString(),
          text,
          anchor,
          replies: [],
          resolution: null,
        });
        setDraft(null);
        await flush?.();
      }),
    [run, draft, getHandle, db, ownerId, me, flush],
  );

  return {
    threads: threads ?? [],
    api,
    draft: draft && { questionId: draft.questionId, quote: draft.quote },
    saveDraft,
    cancelDraft: useCallback(() => setDraft(null), []),
    reply: useCallback(
      (thread: StoredComment, text: string) => run(() => addReply(db, ownerId, thread.id, me, text, appDeps)),
      [run, db, ownerId, me],
    ),
    resolve: useCallback(
      (thread: StoredComment, resolved: boolean) =>
        run(() => setResolved(db, ownerId, thread.id, resolved, me.name, appDeps)),
      [run, db, ownerId, me],
    ),
    show: useCallback(
      (thread: StoredComment) => void getHandle(thread.questionId)?.selectComment(thread.id),
      [getHandle],
    ),
  };
}
