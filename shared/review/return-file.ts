import { blocksById } from '../report/block-ids';
import type { RichText, SerializedBlock, SerializedTextBlock } from '../report/content-schema';
import type { MergeRecord } from '../report/merge-record';
import type { Answer } from '../report/report-schema';
import type { Contribution } from '../report/organisation-schema';
import { carryBlockMarks, contentWithoutMarks, markIds } from '../report/content-marks';
import { isOpen, type CommentThread } from './comment-schema';

/*
 * Returning a contribution: the department gets back its own text of the revision it
 * sent, with the coordinator's comments marked where they were made. The comments were
 * made on the merged answer, so each mark is carried from the answer's block to the
 * department's block it stands for (the merge record links them); words the coordinator
 * had changed are looked for in the department's text, and a comment whose words are not
 * there still goes along, on the question. The department's own comment marks stay.
 */

/** The answer blocks each department block is merged into, by the department's block id. */
function linkedBlocks(answer: Answer | undefined, record: MergeRecord | undefined): Map<string, SerializedTextBlock[]> {
  const byId = new Map<string, SerializedBlock>();
  for (const block of answer?.content.root.children ?? []) if (block.$?.blockId) byId.set(block.$.blockId, block);
  const out = new Map<string, SerializedTextBlock[]>();
  for (const [src, id] of record?.links ?? []) {
    const block = byId.get(id);
    if (!block) continue;
    out.set(
      src,
      block.type === 'conflict'
        ? [block.mine, block.theirs].filter((b): b is SerializedTextBlock => b !== null)
        : [block],
    );
  }
  return out;
}

/** The department's text of one question with the comments of `threads` marked in it. */
export function returnedText(
  own: RichText,
  answer: Answer | undefined,
  record: MergeRecord | undefined,
  threads: ReadonlySet<string>,
): RichText {
  const sources = linkedBlocks(answer, record);
  const known = contentWithoutMarks(own, (id) => threads.has(id));
  const children = known.root.children.map((block): SerializedBlock => {
    const src = block.$?.blockId;
    if (!src || block.type === 'conflict') return block;
    let target: SerializedTextBlock = block;
    for (const source of sources.get(src) ?? [])
      target = carryBlockMarks(source, target, (id) => threads.has(id)).block;
    return target;
  });
  return { root: { ...known.root, children } };
}

/** The threads that concern a department on a question: on its text, by or answered by it, or on the whole question. */
export function concernsDepartment(
  thread: CommentThread,
  departmentId: string,
  answer: Answer | undefined,
  own: RichText,
): boolean {
  if (
    thread.anchor === null ||
    thread.author.departmentId === departmentId ||
    thread.replies.some((r) => r.author.departmentId === departmentId)
  )
    return true;
  if (markIds(own).has(thread.id)) return true;
  // Marked on a block of the department's in the merged answer, even if its words are gone from the department's text.
  return (answer?.content.root.children ?? []).some((block) => {
    const dept = block.type === 'conflict' ? block.departmentId : block.$?.dept;
    return dept === departmentId && markIds({ root: { ...answer!.content.root, children: [block] } }).has(thread.id);
  });
}

/** What a return carries: the department's texts with the comments marked, and the threads that concern it (with how many are open). */
export function buildReturn(args: {
  contribution: Contribution;
  answers: readonly Answer[];
  records: readonly MergeRecord[];
  threads: readonly CommentThread[];
}): {
  answers: { questionId: string; content: RichText }[];
  threads: CommentThread[];
  open: number;
} {
  const { contribution } = args;
  const sent: CommentThread[] = [];
  const answers = contribution.answers.map(({ questionId, content }) => {
    const answer = args.answers.find((a) => a.questionId === questionId);
    const record = args.records.find(
      (r) => r.questionId === questionId && r.departmentId === contribution.departmentId,
    );
    const mine = args.threads.filter(
      (t) => t.questionId === questionId && concernsDepartment(t, contribution.departmentId, answer, content),
    );
    sent.push(...mine);
    return { questionId, content: returnedText(content, answer, record, new Set(mine.map((t) => t.id))) };
  });
  return { answers, threads: sent, open: sent.filter(isOpen).length };
}

/**
 * The department's current text with the marks of a returned text carried in, block by
 * block id: what the department wrote since it sent the revision stays as it is, and a
 * comment lands on its words wherever they still are.
 */
export function withReturnedMarks(current: RichText, returned: RichText): RichText {
  const sources = blocksById(returned);
  const children = current.root.children.map((block): SerializedBlock => {
    const source = block.$?.blockId ? sources.get(block.$.blockId) : undefined;
    return source && block.type !== 'conflict' ? carryBlockMarks(source, block).block : block;
  });
  return { root: { ...current.root, children } };
}
