import type { ReportImage } from '../../shared/files/report-file';
import type { Deps } from '../../shared/report/deps';
import { defaultRegister, newRegister, type DepartmentDefault } from '../../shared/report/organisation-schema';
import type { Answer, Report, Snapshot } from '../../shared/report/report-schema';
import type { WorkbenchDb } from './schema';
import { keepUnplaced } from './unplaced-repo';

/*
 * A report read from a Word file, written in one transaction with its images, the
 * default departments, the text that was not placed, and the text as read (a pinned
 * comparison point named after the file).
 */

/** Saves an imported report with its images, the department register (the standard one, or IT's), the text that was not placed, and the text as read (a comparison point named after the file). */
export async function addImportedReport(
  db: WorkbenchDb,
  records: { report: Report; answers: Answer[]; images: ReportImage[] },
  unplaced: readonly string[],
  fileName: string,
  deps: Deps,
  register: readonly DepartmentDefault[] = defaultRegister(),
): Promise<string> {
  const { report, answers, images } = records;
  const baselines = answers.map((a): Snapshot => ({
    reportId: a.reportId,
    questionId: a.questionId,
    createdAt: report.createdAt,
    reason: 'word-import',
    label: fileName.slice(0, 300),
    content: a.content,
    choice: a.choice,
    basis: a.basis,
  }));
  const departments = newRegister(register, report.id, report.createdAt, deps);
  await db.transaction(
    'rw',
    [db.reports, db.answers, db.snapshots, db.images, db.departments, db.settings],
    async () => {
      await db.reports.add(report);
      await db.answers.bulkAdd(answers);
      await db.snapshots.bulkAdd(baselines);
      await db.images.bulkAdd(
        images.map(({ bytes, ...meta }) => ({
          ...meta,
          blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.mimeType }),
        })),
      );
      await db.departments.bulkAdd(departments);
      await keepUnplaced(db, report.id, unplaced);
    },
  );
  return report.id;
}
