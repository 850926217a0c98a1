import { canonicalJson } from '../text/canonical-json';
import type { CommentThread } from './comment-schema';

/*
 * A contribution carries the department's threads back, and with them the comments and
 * replies others wrote, which the department only passes on. Those must be exactly what
 * the coordinator already has: a file that brings a comment or reply in the
 * coordinator's (or another department's) name that the coordinator has never seen, or
 * changes the words of one, is refused. Resolving and reopening are anyone's to do.
 */

/** What a department's file says in others' names that the coordinator has not got, in Swedish; empty when nothing. */
export function foreignComments(
  incoming: readonly CommentThread[],
  stored: readonly CommentThread[],
  departmentId: string,
): string[] {
  const problems: string[] = [];
  const have = new Map(stored.map((t) => [t.id, t]));
  const own = (author: CommentThread['author']) => author.departmentId === departmentId;
  for (const thread of incoming) {
    const known = have.get(thread.id);
    if (!own(thread.author)) {
      // What the thread says; replies and resolution are checked below or anyone's, the database's owner id is no content.
      const head = ({ replies: _r, resolution: _s, ...rest }: CommentThread & { reportId?: string }) =>
        canonicalJson({ ...rest, reportId: undefined });
      if (!known) problems.push(`en kommentar i ${thread.author.name}s namn (${thread.questionId}) som inte finns här`);
      else if (head(known) !== head(thread))
        problems.push(`en ändrad kommentar av ${thread.author.name} (${thread.questionId})`);
    }
    const knownReplies = new Map((known?.replies ?? []).map((r) => [r.id, canonicalJson(r)]));
    for (const reply of thread.replies) {
      if (own(reply.author)) continue;
      const seen = knownReplies.get(reply.id);
      if (seen === undefined)
        problems.push(`ett svar i ${reply.author.name}s namn (${thread.questionId}) som inte finns här`);
      else if (seen !== canonicalJson(reply))
        problems.push(`ett ändrat svar av ${reply.author.name} (${thread.questionId})`);
    }
  }
  return problems;
}
