import {
  buildReportFile,
  encodeReportImages,
  readReportFile,
  reportFileImages,
  type ReportFile,
} from '../../shared/files/report-file';
import type { BackupContents } from '../../shared/files/backup-format';
import { planRestoreContents, restoreBackup, type RestoreChoice, type RestorePlan } from './backup-repo';
import { listAnswers } from './reports-repo';
import { listAssignments, listDepartments } from './departments-repo';
import { listContributions } from './contributions-repo';
import { listMergeRecords } from './merge-repo';
import { listComments } from './comments-repo';
import { legacyRecords } from '../../shared/merge/legacy-state';
import { reportImages } from './images-repo';
import type { WorkbenchDb } from './schema';
import type { Template } from '../../shared/template/template-schema';

/*
 * A report out to a .rvrapport file and back in: the unit the command line works on and
 * the hand-over to another computer. Reading checks the whole file before the one
 * transaction that writes it; a report with the same id is replaced.
 */

/** The report file of one report, carrying the template it is written on. */
export async function exportReportFile(
  db: WorkbenchDb,
  reportId: string,
  now: Date,
  template?: Template,
): Promise<ReportFile> {
  const report = await db.reports.get(reportId);
  if (!report) throw new Error('Rapporten finns inte längre.');
  return buildReportFile(
    {
      report,
      answers: await listAnswers(db, reportId),
      departments: await listDepartments(db, reportId),
      assignments: await listAssignments(db, reportId),
      contributions: await listContributions(db, reportId),
      images: encodeReportImages(await reportImages(db, reportId)),
      mergeRecords: await listMergeRecords(db, reportId),
      comments: (await listComments(db, reportId)).map(({ reportId: _r, ...thread }) => thread),
    },
    now,
    template,
  );
}

/** A checked report file as the records of a one-report backup (merge records read once from the text for a file from before them). */
export function reportFileContents(file: ReportFile, fileName: string): BackupContents {
  return {
    reports: [{ ...file.report, deletedAt: null }],
    answers: file.answers,
    snapshots: [],
    images: reportFileImages(file, fileName),
    departments: file.departments,
    assignments: file.assignments,
    contributions: file.contributions,
    importLog: [],
    workspaces: [],
    mergeRecords: file.mergeRecords ?? legacyRecords(file.answers, file.departments, file.contributions),
    comments: (file.comments ?? []).map((thread) => ({ ...thread, reportId: file.report.id })),
    templates: file.template ? [file.template] : [],
  };
}

/** Reads and checks a report file and compares it with the computer's copy of the report, like a restore; writes nothing. */
export async function planReportFile(
  db: WorkbenchDb,
  bytes: Uint8Array,
  fileName: string,
  templates?: readonly Template[],
): Promise<RestorePlan> {
  return planRestoreContents(
    db,
    reportFileContents(await readReportFile(bytes, fileName, templates), fileName),
    fileName,
  );
}

/**
 * Reads a report file into the database the way a restore does: a report the computer
 * does not have is added, the same one is left alone, and one the computer has changed
 * is handled by `choice` (taking the file's puts the computer's version in the trash
 * first). Returns the report id and what happened.
 */
export async function importReportFile(
  db: WorkbenchDb,
  bytes: Uint8Array,
  fileName: string,
  templates?: readonly Template[],
  choice: RestoreChoice = 'take-backup',
): Promise<{ reportId: string; replaced: boolean }> {
  const plan = await planReportFile(db, bytes, fileName, templates);
  const reportId = plan.items[0]!.reportId;
  const summary = await restoreBackup(db, plan, fileName, { [reportId]: choice });
  return { reportId, replaced: summary.replaced > 0 };
}
