import { z } from 'zod';
import { describeProblems, parseJsonFile } from './json-file';
import { assignmentSchema, contributionSchema, departmentSchema } from '../report/organisation-schema';
import { encodedImageSchema } from './backup-format';
import { answerSchema, isoTimeSchema, reportSchema, type ImageMeta } from '../report/report-schema';
import { decodeBase64, encodeBase64 } from '../text/base64';
import { mergeRecordSchema } from '../report/merge-record';
import { commentListSchema } from '../review/comment-schema';
import { contentHash } from './checksum';
import { ExchangeError } from './exchange-error';
import { MAX_EXCHANGE_BYTES } from './exchange-files';
import { reportRecordProblems } from './report-rules';
import { imageProblem } from '../report/image-check';
import { stripControlCharactersDeep } from '../text/control-characters';
import { templateSchema, type Template } from '../template/template-schema';
import { findTemplate } from '../template/find-template';

/*
 * A report file (.rvrapport) holds one whole report: its metadata, answers,
 * departments, assignments, every imported contribution, the answers' merge records
 * (provenance lives in the answers' blocks) and the comment threads. It is the unit the command line works on and a hand-over between
 * computers. Read like any exchanged file: limits, strict schema, references, checksum.
 */

export const REPORT_FORMAT = 'rapportverkstad-rapport';
export const REPORT_FORMAT_VERSION = 1;

export const reportFileSchema = z
  .strictObject({
    format: z.literal(REPORT_FORMAT),
    formatVersion: z.literal(REPORT_FORMAT_VERSION),
    createdAt: isoTimeSchema,
    report: reportSchema,
    answers: z.array(answerSchema).max(200),
    departments: z.array(departmentSchema).max(100),
    assignments: z.array(assignmentSchema).max(100),
    contributions: z.array(contributionSchema).max(5_000),
    /** The answers' images (added in the same format version: files without images stay valid). */
    images: z.array(encodedImageSchema).max(500).optional(),
    /** Each answer's merge record per department (added in the same format version: older files derive them from the text). */
    mergeRecords: z.array(mergeRecordSchema).max(6_000).optional(),
    /** Comment threads on the answers (added in the same format version). */
    comments: commentListSchema.optional(),
    /** The template the report is written on, so another computer without it can open the report (added in the same format version). */
    template: templateSchema.optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .superRefine((file, ctx) => {
    const id = file.report.id;
    const stray = [
      ...file.answers,
      ...file.departments,
      ...file.assignments,
      ...file.contributions,
      ...(file.images ?? []),
      ...(file.mergeRecords ?? []),
    ].some((r) => r.reportId !== id);
    if (stray) ctx.addIssue({ code: 'custom', message: 'posterna hör inte alla till rapporten' });
    const departments = new Set(file.departments.map((d) => d.id));
    if (
      [...file.assignments, ...file.contributions, ...(file.mergeRecords ?? [])].some(
        (r) => !departments.has(r.departmentId),
      )
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'ett uppdrag, bidrag eller sammanfogningsunderlag hör till en avdelning som saknas',
      });
    }
    const records = (file.mergeRecords ?? []).map((r) => `${r.questionId}/${r.departmentId}`);
    if (new Set(records).size !== records.length)
      ctx.addIssue({ code: 'custom', message: 'samma svar har två sammanfogningsunderlag för en avdelning' });
    if (
      file.template &&
      (file.template.id !== file.report.templateId ||
        (file.template.version ?? 1) !== (file.report.templateVersion ?? 1))
    ) {
      ctx.addIssue({ code: 'custom', message: 'mallen i filen är inte den rapporten är skriven på' });
    }
  });
export type ReportFile = z.infer<typeof reportFileSchema>;
export type ReportRecords = Omit<ReportFile, 'format' | 'formatVersion' | 'createdAt' | 'sha256'>;

/**
 * A sealed report file from the report's records. What is written passes the same
 * checks as what is read (schema, limits and the record rules): a file the app or the
 * command line cannot open again is never written; ExchangeError says why instead.
 */
export async function buildReportFile(records: ReportRecords, now: Date, template?: Template): Promise<ReportFile> {
  const content = {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    createdAt: now.toISOString(),
    ...records,
    ...(template && { template }),
  } as const;
  const file = { ...content, sha256: await contentHash(content) };
  const result = reportFileSchema.safeParse(file);
  const problems = result.success ? reportRecordProblems(records, template) : [describeProblems(result.error)];
  if (problems.length > 0)
    throw new ExchangeError(
      'invalid',
      `Rapportfilen skrivs inte, eftersom den inte skulle gå att öppna igen: ${problems.join('; ')}.`,
    );
  return file;
}

/** Reads and checks a report file (schema, references, checksum, and the record rules against its template: from `templates`, else the one it carries); throws ExchangeError naming the file and the problem. */
export async function readReportFile(
  bytes: Uint8Array,
  fileName: string,
  templates?: readonly Template[],
  now: Date = new Date(),
): Promise<ReportFile> {
  const data = parseJsonFile(
    bytes,
    fileName,
    MAX_EXCHANGE_BYTES,
    (problem, message) => new ExchangeError(problem, message),
  );
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== REPORT_FORMAT) {
    throw new ExchangeError('wrong-format', `${fileName}: filen är ingen rapportfil från Rapportverkstad.`);
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (version !== REPORT_FORMAT_VERSION)
    throw new ExchangeError('format-version', `${fileName}: formatversion ${String(version)} stöds inte.`);
  const result = reportFileSchema.safeParse(data);
  if (!result.success)
    throw new ExchangeError('invalid', `${fileName}: rapportfilen är ogiltig: ${describeProblems(result.error)}.`);
  if ((await contentHash(data as Record<string, unknown>)) !== result.data.sha256) {
    throw new ExchangeError(
      'checksum',
      `${fileName}: kontrollsumman stämmer inte – filen har ändrats utanför Rapportverkstad, eller är skadad.`,
    );
  }
  // The computer's own copy of the template decides; the one the file carries serves where there is none.
  const problems = reportRecordProblems(
    result.data,
    (templates && findTemplate(templates, result.data.report)) ?? result.data.template,
    now,
  );
  if (problems.length > 0)
    throw new ExchangeError('invalid', `${fileName}: rapportfilen är ogiltig: ${problems.join('; ')}.`);
  // Checked as written, kept without control characters.
  return stripControlCharactersDeep(result.data);
}

/** The bytes of a report file. */
export function encodeReportFile(file: ReportFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(file, null, 1)}\n`);
}

/** A report's image with its bytes. */
export interface ReportImage extends ImageMeta {
  bytes: Uint8Array;
}

/** The file entries of images (bytes as base64). */
export function encodeReportImages(images: readonly ReportImage[]): NonNullable<ReportFile['images']> {
  return images.map(({ bytes, ...meta }) => ({ ...meta, data: encodeBase64(bytes) }));
}

/** The images of a report file, decoded; throws ExchangeError when one is damaged. */
export function reportFileImages(file: ReportFile, fileName: string): ReportImage[] {
  return (file.images ?? []).map(({ data, ...meta }) => {
    const bytes = decodeBase64(data);
    if (!bytes || bytes.byteLength !== meta.size)
      throw new ExchangeError('invalid', `${fileName}: bilden ${meta.name} är skadad.`);
    const problem = imageProblem(meta.name, meta.mimeType, bytes);
    if (problem) throw new ExchangeError('invalid', `${fileName}: ${problem}`);
    return { ...meta, bytes };
  });
}
