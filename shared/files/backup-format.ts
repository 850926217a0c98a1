import { z } from 'zod';
import { describeProblems, FileFormatError, parseJsonFile } from './json-file';

export { describeProblems, FileFormatError, parseJsonFile } from './json-file';
import { answerSchema, imageMetaSchema, isoTimeSchema, reportSchema, snapshotSchema } from '../report/report-schema';
import type { Answer, ImageMeta, Report, Snapshot } from '../report/report-schema';
import {
  assignmentSchema,
  contributionSchema,
  departmentSchema,
  importLogSchema,
  type Assignment,
  type Contribution,
  type Department,
  type ImportLogEntry,
} from '../report/organisation-schema';
import { workspaceSchema, type Workspace as ContributionWorkspace } from './workspace-schema';
import { mergeRecordSchema, type MergeRecord } from '../report/merge-record';
import { storedCommentSchema, type StoredComment } from '../review/comment-schema';
import { reportRecordProblems } from './report-rules';
import { reportContents } from './report-contents';
import { imageProblem } from '../report/image-check';
import { stripControlCharactersDeep } from '../text/control-characters';
import { decodeBase64, encodeBase64 } from '../text/base64';
import { templateSchema, type Template } from '../template/template-schema';

/*
 * A whole-workspace backup (.rvbackup): every report with its answers, history and
 * images. Reading one is untrusted input: size first, then JSON, depth, the strict
 * schema and the references between records, all before anything is written.
 */

export const BACKUP_FORMAT = 'rapportverkstad-backup';
export const BACKUP_VERSION = 1;
/** Largest backup file read. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** An image in a file: its metadata and its bytes in base64. */
export const encodedImageSchema = imageMetaSchema.extend({ data: z.string().max(15 * 1024 * 1024) });

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int(),
    createdAt: isoTimeSchema,
    appVersion: z.string().max(50),
    reports: z.array(reportSchema).max(1_000),
    answers: z.array(answerSchema).max(100_000),
    snapshots: z.array(snapshotSchema).max(1_000_000),
    images: z.array(encodedImageSchema).max(10_000),
    departments: z.array(departmentSchema).max(10_000).default([]),
    assignments: z.array(assignmentSchema).max(10_000).default([]),
    contributions: z.array(contributionSchema).max(100_000).default([]),
    importLog: z.array(importLogSchema).max(100_000).default([]),
    workspaces: z.array(workspaceSchema).max(1_000).default([]),
    mergeRecords: z.array(mergeRecordSchema).max(100_000).default([]),
    comments: z.array(storedCommentSchema).max(200_000).default([]),
    /** Templates kept on the computer beside the bundled ones (added in the same format version). */
    templates: z.array(templateSchema).max(500).default([]),
  })
  .superRefine((backup, ctx) => {
    if (backup.formatVersion !== BACKUP_VERSION) {
      ctx.addIssue({
        code: 'custom',
        path: ['formatVersion'],
        message: `formatversion ${backup.formatVersion} stöds inte (bara ${BACKUP_VERSION})`,
      });
    }
    const owners = [...backup.reports.map((r) => r.id), ...backup.workspaces.map((w) => w.id)];
    const reports = new Set(owners);
    if (reports.size !== owners.length)
      ctx.addIssue({ code: 'custom', path: ['reports'], message: 'samma rapport finns två gånger' });
    const seen = new Set<string>();
    for (const [i, answer] of backup.answers.entries()) {
      const key = `${answer.reportId}/${answer.questionId}`;
      if (!reports.has(answer.reportId))
        ctx.addIssue({ code: 'custom', path: ['answers', i], message: 'svaret hör till en rapport som saknas' });
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['answers', i], message: `svaret ${answer.questionId} finns två gånger` });
      seen.add(key);
    }
    for (const [i, record] of [
      ...backup.snapshots,
      ...backup.images,
      ...backup.departments,
      ...backup.assignments,
      ...backup.contributions,
      ...backup.importLog,
      ...backup.mergeRecords,
      ...backup.comments,
    ].entries()) {
      if (!reports.has(record.reportId))
        ctx.addIssue({
          code: 'custom',
          path: ['snapshots/images', i],
          message: 'posten hör till en rapport som saknas',
        });
    }
  });

export interface BackupImage extends ImageMeta {
  bytes: Uint8Array;
}

/** The workspace as plain records, as written to and read from a backup. */
export interface BackupContents {
  reports: Report[];
  answers: Answer[];
  snapshots: Snapshot[];
  images: BackupImage[];
  departments: Department[];
  assignments: Assignment[];
  contributions: Contribution[];
  importLog: ImportLogEntry[];
  /** Departments' contribution workspaces; their answers sit in `answers` under the workspace id. */
  workspaces: ContributionWorkspace[];
  /** Each merged answer's record per department (base, links, open choice conflict). */
  mergeRecords: MergeRecord[];
  /** Comment threads of reports and contribution workspaces. */
  comments: StoredComment[];
  /** Templates beside the bundled ones, so a report written on one opens on another computer. */
  templates?: Template[];
}

/** The backup file's bytes: pretty JSON is not needed, compact JSON in UTF-8. */
export function serializeBackup(workspace: BackupContents, createdAt: Date, appVersion: string): Uint8Array {
  const file: z.input<typeof backupSchema> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    appVersion,
    reports: workspace.reports,
    answers: workspace.answers,
    snapshots: workspace.snapshots,
    images: workspace.images.map(({ bytes, ...meta }) => ({ ...meta, data: encodeBase64(bytes) })),
    departments: workspace.departments,
    assignments: workspace.assignments,
    contributions: workspace.contributions,
    importLog: workspace.importLog,
    workspaces: workspace.workspaces,
    mergeRecords: workspace.mergeRecords,
    comments: workspace.comments,
    templates: workspace.templates ?? [],
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** Reads a backup file; throws FileFormatError naming the file and the problem. */
export function parseBackup(bytes: Uint8Array, fileName: string): BackupContents {
  const data = parseJsonFile(bytes, fileName, MAX_BACKUP_BYTES);
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new FileFormatError(`${fileName}: filen är ingen säkerhetskopia från Rapportverkstad.`);
  }
  // Strings without control characters (they break Word and have no place in a report); nothing else changes.
  const result = backupSchema.safeParse(stripControlCharactersDeep(data));
  if (!result.success)
    throw new FileFormatError(`${fileName}: säkerhetskopian är ogiltig: ${describeProblems(result.error)}.`);
  const images: BackupImage[] = [];
  for (const { data: encoded, ...meta } of result.data.images) {
    const decoded = decodeBase64(encoded);
    if (!decoded || decoded.byteLength !== meta.size)
      throw new FileFormatError(`${fileName}: bilden ${meta.name} är skadad.`);
    const problem = imageProblem(meta.name, meta.mimeType, decoded);
    if (problem) throw new FileFormatError(`${fileName}: ${problem}`);
    images.push({ ...meta, bytes: decoded });
  }
  const {
    reports,
    answers,
    snapshots,
    departments,
    assignments,
    contributions,
    importLog,
    workspaces,
    mergeRecords,
    comments,
    templates,
  } = result.data;
  const contents = {
    reports,
    answers,
    snapshots,
    images,
    departments,
    assignments,
    contributions,
    importLog,
    workspaces,
    mergeRecords,
    comments,
    templates,
  };
  for (const report of reports) {
    const problems = reportRecordProblems({
      ...reportContents(contents, report.id),
      report,
      images: images.filter((i) => i.reportId === report.id).map(({ bytes: _b, ...meta }) => ({ ...meta, data: '' })),
    });
    if (problems.length > 0)
      throw new FileFormatError(
        `${fileName}: rapporten ”${report.title}” i säkerhetskopian är ogiltig: ${problems.join('; ')}.`,
      );
  }
  return contents;
}
