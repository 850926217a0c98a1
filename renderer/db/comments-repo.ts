import {
  storedCommentSchema,
  type CommentAuthor,
  type CommentThread,
  type StoredComment,
} from '../../shared/review/comment-schema';
import { mergeThreads } from '../../shared/review/thread-merge';
import type { Deps } from '../../shared/report/deps';
import { checkRecord } from './record-check';
import type { WorkbenchDb } from './schema';

/*
 * Comment threads of a report or a contribution workspace (`ownerId`). Every change is
 * a merge of one thread into what is stored, in one transaction, so two windows writing
 * at once lose nothing: a reply is added to the stored thread, not to a stale copy.
 */

/** The threads of a report or workspace, oldest first. */
export async function listComments(db: WorkbenchDb, ownerId: string): Promise<StoredComment[]> {
  const records = await db.comments.where('reportId').equals(ownerId).toArray();
  return records
    .map((c) => checkRecord(storedCommentSchema, c, 'En kommentar'))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Merges threads into the stored ones by id; call inside a transaction that holds `db.comments`. Returns how many changed. */
export async function putMergedThreads(
  db: WorkbenchDb,
  ownerId: string,
  threads: readonly CommentThread[],
): Promise<number> {
  if (threads.length === 0) return 0;
  const stored = await db.comments.bulkGet(threads.map((t) => [ownerId, t.id] as [string, string]));
  const next: StoredComment[] = [];
  threads.forEach((thread, i) => {
    const incoming = storedCommentSchema.parse({ ...thread, reportId: ownerId });
    const have = stored[i];
    const [merged] = have ? mergeThreads([have], [incoming]) : [incoming];
    if (!have || JSON.stringify(merged) !== JSON.stringify(have)) next.push(merged!);
  });
  await db.comments.bulkPut(next);
  return next.length;
}

/** Saves a new thread. */
export async function addComment(db: WorkbenchDb, ownerId: string, thread: CommentThread): Promise<void> {
  await db.transaction('rw', db.comments, () => putMergedThreads(db, ownerId, [thread]));
}

async function changeThread(
  db: WorkbenchDb,
  ownerId: string,
  id: string,
  change: (thread: StoredComment) => CommentThread,
): Promise<void> {
  await db.transaction('rw', db.comments, async () => {
    const stored = await db.comments.get([ownerId, id]);
    if (!stored) throw new Error('Kommentaren finns inte längre.');
    await putMergedThreads(db, ownerId, [change(checkRecord(storedCommentSchema, stored, 'Kommentaren'))]);
  });
}

/** Adds a reply to a thread. */
export async function addReply(
  db: WorkbenchDb,
  ownerId: string,
  id: string,
  author: CommentAuthor,
  text: string,
  deps: Deps,
): Promise<void> {
  await changeThread(db, ownerId, id, (thread) => ({
    ...thread,
    replies: [...thread.replies, { id: deps.newId(), author, createdAt: deps.now().toISOString(), text }],
  }));
}

/** Resolves or reopens a thread; the later of two such changes wins when copies meet. */
export async function setResolved(
  db: WorkbenchDb,
  ownerId: string,
  id: string,
  resolved: boolean,
  by: string,
  deps: Pick<Deps, 'now'>,
): Promise<void> {
  await changeThread(db, ownerId, id, (thread) => ({
    ...thread,
    resolution: { resolved, by, at: deps.now().toISOString() },
  }));
}
