import { z } from 'zod';
import { idSchema, isoTimeSchema } from '../report/report-schema';
import { questionIdSchema } from '../template/template-schema';

/*
 * A comment thread on an answer: who started it and when, its text, the replies, and
 * whether it is resolved (who, when). It is anchored either to text (a mark in the
 * answer with the thread's id; `anchor` keeps the block and the words marked when it was
 * made) or, with no anchor, to the whole question. Threads travel in assignment,
 * contribution and report files and in backups; in the database each carries the id of
 * the report (or contribution workspace) it belongs to.
 */

/** Longest comment or reply, in characters. */
export const MAX_COMMENT_TEXT = 4_000;
/** Most replies in one thread. */
export const MAX_REPLIES = 500;

const commentText = z
  .string()
  .trim()
  .min(1, 'kommentaren är tom')
  .max(MAX_COMMENT_TEXT, `högst ${MAX_COMMENT_TEXT} tecken`);
/** Mark ids live in the text's NodeState-like fields, so they follow the same pattern as block ids. */
export const commentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'ogiltigt kommentars-id');

/** Who wrote: a person's name, and their department (null: the coordinator, "samordnare"). */
export const commentAuthorSchema = z.strictObject({
  name: z.string().trim().min(1, 'namnet saknas').max(200),
  departmentId: idSchema.nullable(),
});
export type CommentAuthor = z.infer<typeof commentAuthorSchema>;

export const replySchema = z.strictObject({
  id: commentIdSchema,
  author: commentAuthorSchema,
  createdAt: isoTimeSchema,
  text: commentText,
});
export type Reply = z.infer<typeof replySchema>;

/** The latest resolve or reopen; the later one wins when two copies meet. */
export const resolutionSchema = z.strictObject({
  resolved: z.boolean(),
  by: z.string().trim().min(1).max(200),
  at: isoTimeSchema,
});
export type Resolution = z.infer<typeof resolutionSchema>;

export const commentAnchorSchema = z.strictObject({
  blockId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  quote: z.string().min(1).max(1_000),
});

export const commentThreadSchema = z.strictObject({
  id: commentIdSchema,
  questionId: questionIdSchema,
  author: commentAuthorSchema,
  createdAt: isoTimeSchema,
  text: commentText,
  anchor: commentAnchorSchema.nullable(),
  replies: z
    .array(replySchema)
    .max(MAX_REPLIES)
    .refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, 'samma svar finns två gånger'),
  resolution: resolutionSchema.nullable(),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** A thread as the database keeps it: with the report or workspace it belongs to. */
export const storedCommentSchema = commentThreadSchema.extend({ reportId: idSchema });
export type StoredComment = z.infer<typeof storedCommentSchema>;

/** True while nobody has resolved the thread (or someone reopened it). */
export function isOpen(thread: Pick<CommentThread, 'resolution'>): boolean {
  return !thread.resolution?.resolved;
}

/** A list of threads in a file: no id twice. */
export const commentListSchema = z
  .array(commentThreadSchema)
  .max(5_000)
  .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'samma kommentar finns två gånger');
