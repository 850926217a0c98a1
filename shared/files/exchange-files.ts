import { z } from 'zod';
import { jsonDepth, richTextSchema } from '../report/content-schema';
import { describeProblems, parseJsonFile } from './json-file';
import { departmentNameSchema, dateSchema, contributionAnswerSchema } from '../report/organisation-schema';
import { idSchema, isoTimeSchema } from '../report/report-schema';
import { answerKindSchema, questionIdSchema } from '../template/template-schema';
import { hasUniqueBlockIds } from '../report/block-ids';
import { contentHash } from './checksum';
import { ExchangeError } from './exchange-error';
import { listAnswerFields } from '../template/answer-fields';
import type { Template } from '../template/template-schema';
import { findTemplate } from '../template/find-template';
import { stripControlCharactersDeep } from '../text/control-characters';
import { commentListSchema } from '../review/comment-schema';
import { commentProblems, type QuestionText } from '../review/comment-checks';

/*
 * The two files that travel between the coordinator and a department: the assignment
 * (.rvuppdrag, coordinator → department) and the contribution (.rvbidrag, back). Both
 * are versioned JSON with the report's identity and a SHA-256 over their canonical
 * content. Reading one is untrusted input: size, UTF-8, JSON, depth, format name and
 * version, the strict schema (every string and array bounded), the checksum, then the
 * comments' rules. A file with comments or a returned contribution is version 2.
 */

export const ASSIGNMENT_FORMAT = 'rapportverkstad-uppdrag';
export const CONTRIBUTION_FORMAT = 'rapportverkstad-bidrag';
export const EXCHANGE_VERSION = 1;
/** The version of a file that carries review data (comments, a returned contribution); an older app refuses it by its version, with a clear message. */
export const REVIEW_EXCHANGE_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [EXCHANGE_VERSION, REVIEW_EXCHANGE_VERSION];
/** Largest exchanged file read. */
export const MAX_EXCHANGE_BYTES = 50 * 1024 * 1024;

const sha256Field = z.string().regex(/^[0-9a-f]{64}$/, 'ska vara en SHA-256 i hex');

export const reportIdentitySchema = z.strictObject({
  reportId: idSchema,
  templateId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  /** Added in the same format version: files without it are on version 1 of their template. */
  templateVersion: z.number().int().min(1).max(10_000).optional(),
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

/** A contribution sent back with comments: the department's own text of that revision, with the comments' marks in it. */
export const returnedContributionSchema = z.strictObject({
  revision: z.number().int().min(1).max(10_000),
  returnedAt: isoTimeSchema,
  by: z.string().max(200),
  answers: z
    .array(z.strictObject({ questionId: questionIdSchema, content: richTextSchema }))
    .max(60)
    .refine((as) => new Set(as.map((a) => a.questionId)).size === as.length, 'samma fråga finns två gånger'),
});
export type ReturnedContribution = z.infer<typeof returnedContributionSchema>;

const formatVersion = z.union([z.literal(EXCHANGE_VERSION), z.literal(REVIEW_EXCHANGE_VERSION)]);

export const assignmentFileSchema = z.strictObject({
  format: z.literal(ASSIGNMENT_FORMAT),
  formatVersion,
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
  /** Set when the coordinator returns the department's contribution for more work. */
  returned: returnedContributionSchema.optional(),
  comments: commentListSchema.optional(),
  sha256: sha256Field,
});
export type AssignmentFile = z.infer<typeof assignmentFileSchema>;

export const contributionFileSchema = z.strictObject({
  format: z.literal(CONTRIBUTION_FORMAT),
  formatVersion,
  report: reportIdentitySchema,
  department: departmentRefSchema,
  author: z.string().trim().min(1, 'författaren saknas').max(200),
  revision: z.number().int().min(1).max(10_000),
  createdAt: isoTimeSchema,
  answers: z
    .array(
      contributionAnswerSchema.refine((a) => hasUniqueBlockIds(a.content), 'varje stycke måste ha ett eget block-id'),
    )
    .min(1)
    .max(60)
    .refine((as) => new Set(as.map((a) => a.questionId)).size === as.length, 'samma fråga finns två gånger'),
  /** The department's comment threads on its questions: replies, resolutions and its own comments. */
  comments: commentListSchema.optional(),
  sha256: sha256Field,
});
export type ContributionFile = z.infer<typeof contributionFileSchema>;

const NAMES: Record<string, string> = { [ASSIGNMENT_FORMAT]: 'uppdragsfil', [CONTRIBUTION_FORMAT]: 'bidragsfil' };

/** The texts and questions of a file, for its comment rules. */
function reviewParts(file: AssignmentFile | ContributionFile): { texts: QuestionText[]; questions: Set<string> } {
  if ('questions' in file) {
    const starting = file.questions.flatMap((q) =>
      q.startingPoint ? [{ questionId: q.id, content: q.startingPoint }] : [],
    );
    return {
      texts: [...starting, ...(file.returned?.answers ?? [])],
      questions: new Set(file.questions.map((q) => q.id)),
    };
  }
  return { texts: file.answers, questions: new Set(file.answers.map((a) => a.questionId)) };
}

async function readExchangeFile<T extends AssignmentFile | ContributionFile>(
  bytes: Uint8Array,
  fileName: string,
  format: string,
  schema: z.ZodType<T>,
  now: Date,
): Promise<T> {
  const data = parseJsonFile(
    bytes,
    fileName,
    MAX_EXCHANGE_BYTES,
    (problem, message) => new ExchangeError(problem, message),
  );
  const kind = NAMES[format];
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== format
  ) {
    throw new ExchangeError('wrong-format', `${fileName}: filen är ingen ${kind} från Rapportverkstad.`);
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const shown = typeof version === 'number' ? String(version) : 'okänd';
    throw new ExchangeError(
      'format-version',
      `${fileName}: formatversion ${shown} stöds inte (den här versionen av Rapportverkstad läser version ${READABLE_VERSIONS.join(' och ')}).`,
    );
  }
  if (jsonDepth(data) > 64) throw new ExchangeError('too-deep', `${fileName}: filen är för djupt nästlad.`);
  const result = schema.safeParse(data);
  if (!result.success)
    throw new ExchangeError('invalid', `${fileName}: ${kind}en är ogiltig: ${describeProblems(result.error)}.`);
  if ((await contentHash(data as Record<string, unknown>)) !== result.data.sha256) {
    throw new ExchangeError(
      'checksum',
      `${fileName}: kontrollsumman stämmer inte – filen har ändrats efter att den skapades, eller är skadad.`,
    );
  }
  const { texts, questions } = reviewParts(result.data);
  if ('returned' in result.data && result.data.returned) {
    const stray = result.data.returned.answers.filter((a) => !questions.has(a.questionId)).map((a) => a.questionId);
    if (stray.length > 0)
      throw new ExchangeError(
        'invalid',
        `${fileName}: den återsända texten gäller ${stray.join(', ')}, som inte ingår i uppdraget.`,
      );
  }
  const problems = commentProblems(result.data.comments ?? [], texts, questions, now);
  if (problems.length > 0)
    throw new ExchangeError('invalid', `${fileName}: ${kind}ens kommentarer är ogiltiga: ${problems.join('; ')}.`);
  // Checked as sent, kept without control characters (they break Word and have no place in a report).
  return stripControlCharactersDeep(result.data);
}

/** Reads and checks an assignment file (its questions against the report's template when it is among `templates`); throws ExchangeError naming the file and the problem. */
export async function readAssignmentFile(
  bytes: Uint8Array,
  fileName: string,
  templates?: readonly Template[],
  now: Date = new Date(),
): Promise<AssignmentFile> {
  const file = await readExchangeFile(bytes, fileName, ASSIGNMENT_FORMAT, assignmentFileSchema, now);
  const template = templates && findTemplate(templates, file.report);
  if (template) {
    const known = new Set(listAnswerFields(template).map((f) => f.id));
    const unknown = file.questions.map((q) => q.id).filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new ExchangeError(
        'invalid',
        `${fileName}: uppdraget gäller ${unknown.join(', ')}, som inte finns i mallen ${template.name}.`,
      );
  }
  return file;
}

/** Reads and checks a contribution file; throws ExchangeError naming the file and the problem. */
export function readContributionFile(
  bytes: Uint8Array,
  fileName: string,
  now: Date = new Date(),
): Promise<ContributionFile> {
  return readExchangeFile(bytes, fileName, CONTRIBUTION_FORMAT, contributionFileSchema, now);
}

/** Seals a file's content with its checksum. */
export async function sealFile<T extends Record<string, unknown>>(content: T): Promise<T & { sha256: string }> {
  return { ...content, sha256: await contentHash(content) };
}

/** The bytes written to disk for an exchanged file. */
export function encodeExchangeFile(file: AssignmentFile | ContributionFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(file, null, 1)}\n`);
}
