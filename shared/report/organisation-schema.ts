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
export const DEFAULT_DEPARTMENTS = ['Folkhälsa', 'Kompetensförsörjning', 'Infrastruktur', 'Näringsliv och innovation', 'Digital infrastruktur', 'Analys'];

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

export const assignmentSchema = z.strictObject({
  reportId: idSchema,
  departmentId: idSchema,
  questionIds: z.array(questionIdSchema).max(60),
  deadline: dateSchema.nullable(),
  note: z.string().max(5_000),
  updatedAt: isoTimeSchema,
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
