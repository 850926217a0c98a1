import { z } from 'zod';
import { jsonDepth, richTextSchema } from '../report/content-schema';
import { describeProblems, parseJsonFile } from '../report/json-file';
import { departmentNameSchema, dateSchema, contributionAnswerSchema } from '../report/organisation-schema';
import { idSchema, isoTimeSchema } from '../report/report-schema';
import { answerKindSchema, questionIdSchema } from '../template/template-schema';
import { hasUniqueBlockIds } from './block-ids';
import { contentHash } from './canonical';
import { ExchangeError } from './exchange-error';
import { listAnswerFields } from '../template/answer-fields';
import type { Template } from '../template/template-schema';
import { stripControlCharactersDeep } from '../text/control-characters';

/*
 * The two files that travel between the coordinator and a department: the assignment
 * (.rvuppdrag, coordinator → department) and the contribution (.rvbidrag, back). Both
 * are versioned JSON with the report's identity and a SHA-256 over their canonical
 * content. Reading one is untrusted input: size, UTF-8, JSON, depth, format name and
 * version, the strict schema (every string and array bounded), then the checksum.
 */

export const ASSIGNMENT_FORMAT = 'rapportverkstad-uppdrag';
export const CONTRIBUTION_FORMAT = 'rapportverkstad-bidrag';
export const EXCHANGE_VERSION = 1;
/** Largest exchanged file read. */
export const MAX_EXCHANGE_BYTES = 50 * 1024 * 1024;

const sha256Field = z.string().regex(/^[0-9a-f]{64}$/, 'ska vara en SHA-256 i hex');

export const reportIdentitySchema = z.strictObject({
  reportId: idSchema,
  templateId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100),
  year: z.number().int().min(2000).max(2100),
  organisation: z.string().trim().min(1).max(200),
});
export type ReportIdentity = z.infer<typeof reportIdentitySchema>;

const departmentRefSchema = z.strictObject({ id: idSchema, name: departmentNameSchema });

export const assignedQuestionSchema = z.strictObject({
  id: questionIdSchema,
  kind: answerKindSchema,
  sectionNumber: z.string().regex(/^[1-9]\d?$/),
  sectionTitle: z.string().min(1).max(300),
  text: z.string().min(1).max(2_000),
  groupText: z.string().max(2_000).optional(),
  instruction: z.string().max(1_000).optional(),
  footnote: z.string().max(1_000).optional(),
  startingPoint: richTextSchema.nullable(),
});
export type AssignedQuestion = z.infer<typeof assignedQuestionSchema>;

export const assignmentFileSchema = z.strictObject({
  format: z.literal(ASSIGNMENT_FORMAT),
  formatVersion: z.literal(EXCHANGE_VERSION),
  report: reportIdentitySchema.extend({ title: z.string().min(1).max(300) }),
  department: departmentRefSchema,
  coordinator: z.strictObject({ name: z.string().max(200) }),
  note: z.string().max(5_000),
  deadline: dateSchema.nullable(),
  basisOptions: z.array(z.string().min(1).max(50)).max(10),
  questions: z
    .array(assignedQuestionSchema)
    .min(1)
    .max(60)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'samma fråga finns två gånger'),
  createdAt: isoTimeSchema,
  sha256: sha256Field,
});
export type AssignmentFile = z.infer<typeof assignmentFileSchema>;

export const contributionFileSchema = z.strictObject({
  format: z.literal(CONTRIBUTION_FORMAT),
  formatVersion: z.literal(EXCHANGE_VERSION),
  report: reportIdentitySchema,
  department: departmentRefSchema,
  author: z.string().trim().min(1, 'författaren saknas').max(200),
  revision: z.number().int().min(1).max(10_000),
  createdAt: isoTimeSchema,
  answers: z
    .array(contributionAnswerSchema.refine((a) => hasUniqueBlockIds(a.content), 'varje stycke måste ha ett eget block-id'))
    .min(1)
    .max(60)
    .refine((as) => new Set(as.map((a) => a.questionId)).size === as.length, 'samma fråga finns två gånger'),
  sha256: sha256Field,
});
export type ContributionFile = z.infer<typeof contributionFileSchema>;

const NAMES: Record<string, string> = { [ASSIGNMENT_FORMAT]: 'uppdragsfil', [CONTRIBUTION_FORMAT]: 'bidragsfil' };

async function readExchangeFile<T extends { sha256: string }>(bytes: Uint8Array, fileName: string, format: string, schema: z.ZodType<T>): Promise<T> {
  const data = parseJsonFile(bytes, fileName, MAX_EXCHANGE_BYTES, (problem, message) => new ExchangeError(problem, message));
  const kind = NAMES[format];
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== format) {
    throw new ExchangeError('wrong-format', `${fileName}: filen är ingen ${kind} från Rapportverkstad.`);
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (version !== EXCHANGE_VERSION) {
    const shown = typeof version === 'number' ? String(version) : 'okänd';
    throw new ExchangeError('format-version', `${fileName}: formatversion ${shown} stöds inte (den här versionen av Rapportverkstad läser version ${EXCHANGE_VERSION}).`);
  }
  if (jsonDepth(data) > 64) throw new ExchangeError('too-deep', `${fileName}: filen är för djupt nästlad.`);
  const result = schema.safeParse(data);
  if (!result.success) throw new ExchangeError('invalid', `${fileName}: ${kind}en är ogiltig: ${describeProblems(result.error)}.`);
  if ((await contentHash(data as Record<string, unknown>)) !== result.data.sha256) {
    throw new ExchangeError('checksum', `${fileName}: kontrollsumman stämmer inte – filen har ändrats efter att den skapades, eller är skadad.`);
  }
  // Checked as sent, kept without control characters (they break Word and have no place in a report).
  return stripControlCharactersDeep(result.data);
}

/** Reads and checks an assignment file (its questions against the report's template when it is among `templates`); throws ExchangeError naming the file and the problem. */
export async function readAssignmentFile(bytes: Uint8Array, fileName: string, templates?: readonly Template[]): Promise<AssignmentFile> {
  const file = await readExchangeFile(bytes, fileName, ASSIGNMENT_FORMAT, assignmentFileSchema);
  const template = templates?.find((t) => t.id === file.report.templateId);
  if (template) {
    const known = new Set(listAnswerFields(template).map((f) => f.id));
    const unknown = file.questions.map((q) => q.id).filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ExchangeError('invalid', `${fileName}: uppdraget gäller ${unknown.join(', ')}, som inte finns i mallen ${template.name}.`);
  }
  return file;
}

/** Reads and checks a contribution file; throws ExchangeError naming the file and the problem. */
export function readContributionFile(bytes: Uint8Array, fileName: string): Promise<ContributionFile> {
  return readExchangeFile(bytes, fileName, CONTRIBUTION_FORMAT, contributionFileSchema);
}

/** Seals a file's content with its checksum. */
export async function sealFile<T extends Record<string, unknown>>(content: T): Promise<T & { sha256: string }> {
  return { ...content, sha256: await contentHash(content) };
}

/** The bytes written to disk for an exchanged file. */
export function encodeExchangeFile(file: AssignmentFile | ContributionFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(file, null, 1)}\n`);
}
