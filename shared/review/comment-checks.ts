import type { RichText } from '../report/content-schema';
import { markIds } from '../report/content-marks';
import type { CommentThread } from './comment-schema';

/*
 * The rules comments in a file must keep beyond their schema: every mark in a text names
 * a thread the file carries, and that thread belongs to the question the text answers;
 * threads belong to questions the file has; nothing is dated in the future (beyond a few
 * minutes of clock difference between two laptops). A reply cannot point at a missing
 * thread: replies sit inside their thread. What breaks a rule refuses the whole file.
 */

/** How far ahead of this computer's clock a time in a file may be: laptops' clocks differ a little. */
export const CLOCK_SKEW_MS = 10 * 60_000;

/** The texts of a file by question (an answer, a contribution's answer or a returned text). */
export interface QuestionText {
  questionId: string;
  content: RichText;
}

/** What breaks the rules, in Swedish, one line each; empty when the comments keep them. */
export function commentProblems(
  threads: readonly CommentThread[],
  texts: readonly QuestionText[],
  questionIds: ReadonlySet<string>,
  now: Date,
): string[] {
  const problems: string[] = [];
  const byId = new Map(threads.map((t) => [t.id, t]));
  for (const { questionId, content } of texts) {
    for (const id of markIds(content)) {
      const thread = byId.get(id);
      if (!thread) problems.push(`texten i ${questionId} har en kommentarsmarkering (${id}) utan kommentar`);
      else if (thread.questionId !== questionId)
        problems.push(`kommentaren ${id} hör till ${thread.questionId} men markerar text i ${questionId}`);
    }
  }
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const future = (time: string) => Date.parse(time) > latest;
  for (const thread of threads) {
    if (!questionIds.has(thread.questionId))
      problems.push(`kommentaren ${thread.id} gäller ${thread.questionId}, som inte finns i filen`);
    const times = [
      thread.createdAt,
      ...thread.replies.map((r) => r.createdAt),
      ...(thread.resolution ? [thread.resolution.at] : []),
    ];
    if (times.some(future))
      problems.push(
        `kommentaren ${thread.id} är daterad i framtiden (${times.filter(future)[0]!.slice(0, 16).replace('T', ' ')})`,
      );
  }
  return problems;
}
