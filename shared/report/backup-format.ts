import { z } from 'zod';
import { jsonDepth, MAX_DEPTH } from './content-schema';
import { answerSchema, imageMetaSchema, isoTimeSchema, reportSchema, snapshotSchema } from './report-schema';
import type { Answer, ImageMeta, Report, Snapshot } from './report-schema';
import { decodeBase64, encodeBase64 } from '../text/base64';

/*
 * A whole-workspace backup (.rvbackup): every report with its answers, history and
 * images. Reading one is untrusted input: size first, then JSON, depth, the strict
 * schema and the references between records, all before anything is written.
 */

export const BACKUP_FORMAT = 'rapportverkstad-backup';
export const BACKUP_VERSION = 1;
/** Largest backup file read. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

const backupImageSchema = imageMetaSchema.extend({ data: z.string().max(15 * 1024 * 1024) });

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int(),
    createdAt: isoTimeSchema,
    appVersion: z.string().max(50),
    reports: z.array(reportSchema).max(1_000),
    answers: z.array(answerSchema).max(100_000),
    snapshots: z.array(snapshotSchema).max(1_000_000),
    images: z.array(backupImageSchema).max(10_000),
  })
  .superRefine((backup, ctx) => {
    if (backup.formatVersion !== BACKUP_VERSION) {
      ctx.addIssue({ code: 'custom', path: ['formatVersion'], message: `formatversion ${backup.formatVersion} stöds inte (bara ${BACKUP_VERSION})` });
    }
    const reports = new Set(backup.reports.map((r) => r.id));
    if (reports.size !== backup.reports.length) ctx.addIssue({ code: 'custom', path: ['reports'], message: 'samma rapport finns två gånger' });
    const seen = new Set<string>();
    for (const [i, answer] of backup.answers.entries()) {
      const key = `${answer.reportId}/${answer.questionId}`;
      if (!reports.has(answer.reportId)) ctx.addIssue({ code: 'custom', path: ['answers', i], message: 'svaret hör till en rapport som saknas' });
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['answers', i], message: `svaret ${answer.questionId} finns två gånger` });
      seen.add(key);
    }
    for (const [i, record] of [...backup.snapshots, ...backup.images].entries()) {
      if (!reports.has(record.reportId)) ctx.addIssue({ code: 'custom', path: ['snapshots/images', i], message: 'posten hör till en rapport som saknas' });
    }
  });

export interface BackupImage extends ImageMeta {
  bytes: Uint8Array;
}

/** The workspace as plain records, as written to and read from a backup. */
export interface Workspace {
  reports: Report[];
  answers: Answer[];
  snapshots: Snapshot[];
  images: BackupImage[];
}

/** A backup or report file that cannot be read; the message is Swedish and names the file. */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
}

export type JsonFileProblem = 'too-large' | 'not-text' | 'not-json' | 'too-deep';

/** Parses untrusted bytes as JSON with the size and depth limits every file gets; `fail` makes the error to throw. */
export function parseJsonFile(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number,
  fail: (problem: JsonFileProblem, message: string) => Error = (_problem, message) => new FileFormatError(message),
): unknown {
  if (bytes.byteLength > maxBytes) {
    throw fail('too-large', `${fileName}: filen är för stor (${Math.round(bytes.byteLength / 1024 / 1024)} MB, högst ${maxBytes / 1024 / 1024} MB).`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('not-text', `${fileName}: filen är inte text (UTF-8).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw fail('not-json', `${fileName}: filen är inte giltig JSON (trasig eller avkortad).`);
  }
  if (jsonDepth(data, MAX_DEPTH * 4) > MAX_DEPTH * 4) throw fail('too-deep', `${fileName}: filen är för djupt nästlad.`);
  return data;
}

/** Names the first problems zod found, in Swedish, for a message to the user. */
export function describeProblems(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.join('.') || 'filen'}: ${issue.message}`)
    .join('; ');
}

/** The backup file's bytes: pretty JSON is not needed, compact JSON in UTF-8. */
export function serializeBackup(workspace: Workspace, createdAt: Date, appVersion: string): Uint8Array {
  const file: z.input<typeof backupSchema> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    appVersion,
    reports: workspace.reports,
    answers: workspace.answers,
    snapshots: workspace.snapshots,
    images: workspace.images.map(({ bytes, ...meta }) => ({ ...meta, data: encodeBase64(bytes) })),
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** Reads a backup file; throws FileFormatError naming the file and the problem. */
export function parseBackup(bytes: Uint8Array, fileName: string): Workspace {
  const data = parseJsonFile(bytes, fileName, MAX_BACKUP_BYTES);
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new FileFormatError(`${fileName}: filen är ingen säkerhetskopia från Rapportverkstad.`);
  }
  const result = backupSchema.safeParse(data);
  if (!result.success) throw new FileFormatError(`${fileName}: säkerhetskopian är ogiltig: ${describeProblems(result.error)}.`);
  const images: BackupImage[] = [];
  for (const { data: encoded, ...meta } of result.data.images) {
    const decoded = decodeBase64(encoded);
    if (!decoded || decoded.byteLength !== meta.size) throw new FileFormatError(`${fileName}: bilden ${meta.name} är skadad.`);
    images.push({ ...meta, bytes: decoded });
  }
  const { reports, answers, snapshots } = result.data;
  return { reports, answers, snapshots, images };
}
