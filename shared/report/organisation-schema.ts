import { z } from 'zod';
import { questionIdSchema } from '../template/template-schema';
import { richTextSchema } from './content-schema';
import { basisSchema, idSchema, isoTimeSchema, yesNoSchema } from './report-schema';

/*
 * Who is asked to write what: the departments of a report, their assignments, the
 * contributions they sent back (every imported revision, kept unchanged) and the log
 * of imports.
 */

/** The departments a new report starts with; the coordinator adds, renames and removes. */
export const DEFAULT_DEPARTMENTS = [
  'Folkhälsa',
  'Kompetensförsörjning',
  'Infrastruktur',
  'Näringsliv och innovation',
  'Digital infrastruktur',
  'Analys',
];

/** A department as a register starts with it: a name and, where known, a contact. */
export interface DepartmentDefault {
  name: string;
  contactName?: string | undefined;
  contactEmail?: string | undefined;
}

/** The standard register a report starts with when IT has set none. */
export function defaultRegister(): DepartmentDefault[] {
  return DEFAULT_DEPARTMENTS.map((name) => ({ name }));
}

/** A report's department records from a register. */
export function newRegister(
  register: readonly DepartmentDefault[],
  reportId: string,
  createdAt: string,
  deps: { newId: () => string },
): Department[] {
  return register.map((d) => ({
    id: deps.newId(),
    reportId,
    name: d.name,
    contactName: d.contactName ?? '',
    contactEmail: d.contactEmail ?? '',
    createdAt,
  }));
}

export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum skrivs åååå-mm-dd');
export const departmentNameSchema = z.string().trim().min(1, 'namnet saknas').max(100);

export const departmentSchema = z.strictObject({
  id: idSchema,
  reportId: idSchema,
  name: departmentNameSchema,
  contactName: z.string().max(200),
  contactEmail: z.union([z.literal(''), z.email().max(200)]),
  createdAt: isoTimeSchema,
});
export type Department = z.infer<typeof departmentSchema>;

/** A contribution sent back to its department with comments: which revision, when, by whom, the note and how many comments went with it. */
export const returnRecordSchema = z.strictObject({
  revision: z.number().int().min(1).max(10_000),
  at: isoTimeSchema,
  by: z.string().max(200),
  note: z.string().max(5_000),
  comments: z.number().int().min(0).max(5_000),
});
export type ReturnRecord = z.infer<typeof returnRecordSchema>;

/** A department's contribution to a question approved by the coordinator, in the revision approved. */
export const approvalSchema = z.strictObject({
  questionId: questionIdSchema,
  revision: z.number().int().min(1).max(10_000),
  by: z.string().max(200),
  at: isoTimeSchema,
});
export type Approval = z.infer<typeof approvalSchema>;

export const assignmentSchema = z.strictObject({
  reportId: idSchema,
  departmentId: idSchema,
  questionIds: z.array(questionIdSchema).max(60),
  deadline: dateSchema.nullable(),
  note: z.string().max(5_000),
  updatedAt: isoTimeSchema,
  /** When an assignment file was last written for the department (the review loop's "skickad"). */
  sentAt: isoTimeSchema.nullable().optional(),
  /** The last return of the department's contribution with comments. */
  returned: returnRecordSchema.nullable().optional(),
  approvals: z
    .array(approvalSchema)
    .max(60)
    .refine((as) => new Set(as.map((a) => a.questionId)).size === as.length, 'samma fråga är godkänd två gånger')
    .optional(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const contributionAnswerSchema = z.strictObject({
  questionId: questionIdSchema,
  content: richTextSchema,
  choice: yesNoSchema,
  basis: basisSchema,
  ready: z.boolean(),
});
export type ContributionAnswer = z.infer<typeof contributionAnswerSchema>;

export const contributionSchema = z.strictObject({
  id: idSchema,
  reportId: idSchema,
  departmentId: idSchema,
  revision: z.number().int().min(1).max(10_000),
  author: z.string().max(200),
  createdAt: isoTimeSchema,
  importedAt: isoTimeSchema,
  fileName: z.string().max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  answers: z.array(contributionAnswerSchema).max(60),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const importLogSchema = z.strictObject({
  id: z.number().int().min(1).optional(),
  reportId: idSchema,
  departmentId: idSchema,
  fileName: z.string().max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  revision: z.number().int().min(1),
  at: isoTimeSchema,
  result: z.enum(['importerad']),
});
export type ImportLogEntry = z.infer<typeof importLogSchema>;
