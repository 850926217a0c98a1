import { checkContribution } from '../../shared/files/check-contribution';
import { ExchangeError } from '../../shared/files/exchange-error';
import { readContributionFile, type ContributionFile } from '../../shared/files/exchange-files';
import type { Deps } from '../../shared/report/deps';
import {
  contributionSchema,
  importLogSchema,
  type Contribution,
  type ImportLogEntry,
} from '../../shared/report/organisation-schema';
import { contributionRecord } from '../../shared/files/contribution-record';
import { contributionsInUse } from '../../shared/merge/contributions-in-use';
import type { MergeRecord } from '../../shared/report/merge-record';
import { checkRecord } from './record-check';
import { listComments, putMergedThreads } from './comments-repo';
import { foreignComments } from '../../shared/review/comment-trust';
import { listDepartments } from './departments-repo';
import { listAnswers } from './reports-repo';
import type { WorkbenchDb } from './schema';

/*
 * Import of contribution files at the coordinator. Each file is read and checked in
 * full (shared/files) before its transaction; inside the one transaction the file is
 * checked against the database and, if it fits, kept unchanged with a log entry. A
 * refused file writes nothing.
 */

export type ImportResult =
  | {
      fileName: string;
      outcome: 'imported';
      department: string;
      revision: number;
      report: { id: string; title: string };
    }
  | {
      fileName: string;
      outcome: 'already-imported';
      department: string;
      revision: number;
      report: { id: string; title: string };
    }
  | {
      fileName: string;
      outcome: 'refused';
      message: string;
      code: string;
      /** The report the file belongs to, when it is on this computer. */ belongsTo?: { id: string; title: string };
    }
  /** Not read: the person cancelled the import before this file's turn. */
  | { fileName: string; outcome: 'cancelled' };

/** Following and stopping an import of many files: each file is one transaction, so a stop never leaves one half in. */
export interface ImportControl {
  /** Called before each file (done = files finished so far) and once at the end. */
  onProgress?: (done: number, total: number, fileName: string | null) => void;
  /** When aborted, the files not yet begun are not imported. */
  signal?: AbortSignal;
}

/** A file for another report than the one open: refused, naming the report it belongs to. */
class OtherReportError extends ExchangeError {
  constructor(
    message: string,
    readonly belongsTo: { id: string; title: string } | undefined,
  ) {
    super('unknown-report', message);
  }
}

async function importOne(
  db: WorkbenchDb,
  file: ContributionFile,
  fileName: string,
  deps: Deps,
  intoReportId: string | undefined,
): Promise<ImportResult> {
  return db.transaction(
    'rw',
    [db.reports, db.departments, db.assignments, db.contributions, db.importLog, db.comments],
    async () => {
      const reportId = file.report.reportId;
      const target = await db.reports.get(reportId);
      const named =
        target && target.deletedAt === null
          ? `”${target.title}” (${target.organisation} ${target.year})`
          : `${file.report.organisation} ${file.report.year}`;
      if (intoReportId !== undefined && reportId !== intoReportId) {
        const open = await db.reports.get(intoReportId);
        throw new OtherReportError(
          `${fileName}: bidraget hör till ${named}, inte till den öppna rapporten${open ? ` (${open.organisation} ${open.year})` : ''}. Inget importerades.`,
          target && target.deletedAt === null
            ? { id: target.id, title: `${target.organisation} ${target.year}` }
            : undefined,
        );
      }
      if (target?.status === 'signerad') {
        throw new ExchangeError(
          'signed',
          `${fileName}: rapporten ${named} är signerad och tar inte emot bidrag. Öppna den för ändringar först (signaturen upphävs).`,
        );
      }
      const previous = await db.contributions
        .where('[reportId+departmentId]')
        .equals([reportId, file.department.id])
        .toArray();
      const verdict = checkContribution(file, fileName, {
        report: target,
        departments: await listDepartments(db, reportId),
        assignment: await db.assignments.get([reportId, file.department.id]),
        previous,
      });
      const department = (await db.departments.get(file.department.id))!.name;
      const report = { id: reportId, title: `${target!.organisation} ${target!.year}` };
      if (verdict.kind === 'already-imported')
        return { fileName, outcome: 'already-imported', department, revision: file.revision, report };
      const forged = foreignComments(file.comments ?? [], await listComments(db, reportId), file.department.id);
      if (forged.length > 0)
        throw new ExchangeError(
          'forged-comment',
          `${fileName}: bidraget från ${department} har ${forged.join('; ')}. Inget importerades.`,
        );
      const at = deps.now().toISOString();
      const contribution = contributionRecord(file, fileName, reportId, { ...deps, now: () => new Date(at) });
      const entry: ImportLogEntry = importLogSchema.parse({
        reportId,
        departmentId: file.department.id,
        fileName: fileName.slice(0, 255),
        sha256: file.sha256,
        revision: file.revision,
        at,
        result: 'importerad',
      });
      await db.contributions.add(contribution);
      await db.importLog.add(entry);
      await putMergedThreads(db, reportId, file.comments ?? []);
      return { fileName, outcome: 'imported', department, revision: file.revision, report };
    },
  );
}

/**
 * Imports contribution files one by one; every file gets a result, a refused one with
 * its reason. With `intoReportId` (the report's own Bidrag tab) a file for another
 * report is refused and names the report it belongs to; without it (the home screen) each
 * file goes to the report it names. A signed report takes no contribution.
 */
export async function importContributionFiles(
  db: WorkbenchDb,
  files: { name: string; bytes: Uint8Array }[],
  deps: Deps,
  intoReportId?: string,
  control: ImportControl = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const [index, { name, bytes }] of files.entries()) {
    if (control.signal?.aborted) {
      results.push({ fileName: name, outcome: 'cancelled' });
      continue;
    }
    control.onProgress?.(index, files.length, name);
    try {
      results.push(await importOne(db, await readContributionFile(bytes, name), name, deps, intoReportId));
    } catch (error) {
      if (error instanceof OtherReportError)
        results.push({
          fileName: name,
          outcome: 'refused',
          message: error.message,
          code: 'other-report',
          ...(error.belongsTo && { belongsTo: error.belongsTo }),
        });
      else if (error instanceof ExchangeError)
        results.push({ fileName: name, outcome: 'refused', message: error.message, code: error.code });
      else
        results.push({
          fileName: name,
          outcome: 'refused',
          message: `${name}: ${error instanceof Error ? error.message : String(error)}`,
          code: 'failed',
        });
    }
  }
  control.onProgress?.(files.length, files.length, null);
  return results;
}

/**
 * Every imported revision of a report, oldest first. A contribution never changes once
 * imported, so one in `known` (by id, from the last read) is taken as it is and only the
 * others are read and checked; one known as not needed (null) is left out unread. A
 * screen that reads the list again after every merge so shares one copy of each revision.
 */
export async function listContributions(
  db: WorkbenchDb,
  reportId: string,
  known: ReadonlyMap<string, Contribution | null> = new Map(),
): Promise<Contribution[]> {
  const records = await db.transaction('r', db.contributions, async () => {
    const ids = await db.contributions.where('reportId').equals(reportId).primaryKeys();
    const fresh = await db.contributions.bulkGet(ids.filter((id) => !known.has(id)));
    return [...ids.flatMap((id) => known.get(id) ?? []), ...fresh.filter((c) => c !== undefined)];
  });
  return records
    .map((c) => (known.get(c.id) === c ? c : checkRecord(contributionSchema, c, `Bidraget ${c.fileName}`)))
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.revision - b.revision);
}

/**
 * The revisions the document's merge views use (`contributionsInUse`), with what the
 * next read needs to know: every revision read, the ones not in use as null. The answers
 * are read only when a department's answer to a question has no merge record yet.
 */
export async function listContributionsInUse(
  db: WorkbenchDb,
  reportId: string,
  records: readonly MergeRecord[],
  known: ReadonlyMap<string, Contribution | null>,
): Promise<{ contributions: Contribution[]; known: Map<string, Contribution | null> }> {
  const all = await listContributions(db, reportId, known);
  const recorded = new Set(records.map((r) => `${r.departmentId}/${r.questionId}`));
  const unrecorded = all.some((c) => c.answers.some((a) => !recorded.has(`${c.departmentId}/${a.questionId}`)));
  const answers = unrecorded ? await listAnswers(db, reportId) : [];
  const contributions = contributionsInUse(all, answers, records);
  const inUse = new Set(contributions);
  const next = new Map<string, Contribution | null>([...known].filter(([, c]) => c === null));
  for (const c of all) next.set(c.id, inUse.has(c) ? c : null);
  return { contributions, known: next };
}

/** The import log of a report, newest first. */
export async function listImportLog(db: WorkbenchDb, reportId: string): Promise<ImportLogEntry[]> {
  const records = await db.importLog.where('reportId').equals(reportId).toArray();
  return records.map((e) => checkRecord(importLogSchema, e, 'Importloggen')).reverse();
}
