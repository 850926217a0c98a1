import { buildReportFile, encodeReportImages, readReportFile, reportFileImages, type ReportFile } from '../../shared/exchange/report-file';
import { listAnswers } from './reports-repo';
import { listAssignments, listDepartments } from './departments-repo';
import { listContributions } from './contributions-repo';
import { listMergeRecords } from './merge-repo';
import { legacyRecords } from '../../shared/merge/legacy-state';
import { reportImages } from './images-repo';
import type { WorkbenchDb } from './schema';
import type { Template } from '../../shared/template/template-schema';

/*
 * A report out to a .rvrapport file and back in: the unit the command line works on and
 * the hand-over to another computer. Reading checks the whole file before the one
 * transaction that writes it; a report with the same id is replaced.
 */

/** The report file of one report. */
export async function exportReportFile(db: WorkbenchDb, reportId: string, now: Date): Promise<ReportFile> {
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
    },
    now,
  );
}

/** Reads a report file into the database (replacing a report with the same id); returns the report id and whether one was replaced. */
export async function importReportFile(db: WorkbenchDb, bytes: Uint8Array, fileName: string, templates?: readonly Template[]): Promise<{ reportId: string; replaced: boolean }> {
  const file = await readReportFile(bytes, fileName, templates);
  const images = reportFileImages(file, fileName).map(({ bytes: data, ...meta }) => ({ ...meta, blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) }));
  const id = file.report.id;
  return db.transaction('rw', [db.reports, db.answers, db.departments, db.assignments, db.contributions, db.images, db.mergeRecords], async () => {
    const replaced = (await db.reports.get(id)) !== undefined;
    for (const table of [db.answers, db.departments, db.assignments, db.contributions, db.images, db.mergeRecords]) await table.where('reportId').equals(id).delete();
    await db.images.bulkPut(images);
    await db.reports.put({ ...file.report, deletedAt: null });
    await db.answers.bulkPut(file.answers);
    await db.departments.bulkPut(file.departments);
    await db.assignments.bulkPut(file.assignments);
    await db.contributions.bulkPut(file.contributions);
    // A file from before merge records: they are read once from what the answers' text shows.
    await db.mergeRecords.bulkPut(file.mergeRecords ?? legacyRecords(file.answers, file.departments, file.contributions));
    return { reportId: id, replaced };
  });
}
