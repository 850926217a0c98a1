import { z } from 'zod';
import { MAX_CHILDREN, richTextSchema, type RichText } from './content-schema';
import { basisSchema, idSchema, isoTimeSchema, yesNoSchema, type YesNo } from './report-schema';
import { questionIdSchema } from '../template/template-schema';

/*
 * The merge record of one answer and one department: what the next three-way merge
 * needs and must never guess from what is left in the text. It says which revision was
 * merged last (0 = the starting text sent with the assignment), holds the department's
 * answer of that revision as the base, and links each of the department's blocks to the
 * block in the answer that stands for it (kept, edited or an open conflict). A block of
 * the base with no link, or with a link to a block no longer in the answer, is one the
 * coordinator removed (or did not pick). Choice and basis are merged like the text; when
 * both sides set different values the department's stays here until a person decides.
 */

const blockIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The part of an answer a merge reads and writes. */
export const answerPartSchema = z.strictObject({ content: richTextSchema, choice: yesNoSchema, basis: basisSchema });
export interface AnswerPart {
  content: RichText;
  choice: YesNo;
  basis: string[];
}

/** Choice and basis of an answer, as one value. */
export interface ChoicePart {
  choice: YesNo;
  basis: string[];
}

export const mergeRecordSchema = z.strictObject({
  reportId: idSchema,
  questionId: questionIdSchema,
  departmentId: idSchema,
  revision: z.number().int().min(0).max(10_000),
  base: answerPartSchema,
  /** Pairs of (the department's block id, the id of the block in the answer); pairs, not an object, so no key can be `__proto__`. */
  links: z
    .array(z.tuple([blockIdSchema, blockIdSchema]))
    .max(MAX_CHILDREN)
    .refine((pairs) => new Set(pairs.map(([src]) => src)).size === pairs.length, 'samma block är länkat två gånger'),
  choiceConflict: z.strictObject({ choice: yesNoSchema, basis: basisSchema }).nullable(),
  updatedAt: isoTimeSchema,
});
export type MergeRecord = z.infer<typeof mergeRecordSchema>;

/** What the merge engine itself needs of a record (no identity, no time). */
export type MergeState = Pick<MergeRecord, 'revision' | 'base' | 'links' | 'choiceConflict'>;

/** The record of one answer and department among many, if there is one. */
export function findRecord<R extends Pick<MergeRecord, 'questionId' | 'departmentId'>>(
  records: readonly R[],
  questionId: string,
  departmentId: string,
): R | undefined {
  return records.find((r) => r.questionId === questionId && r.departmentId === departmentId);
}

/** The state a record starts from when a department's starting text went out with the assignment. */
export function startingState(startingPoint: AnswerPart): MergeState {
  const ids = startingPoint.content.root.children.flatMap((b) => (b.$?.blockId ? [b.$.blockId] : []));
  return { revision: 0, base: startingPoint, links: [...new Set(ids)].map((id) => [id, id]), choiceConflict: null };
}
