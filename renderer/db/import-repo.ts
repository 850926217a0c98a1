import type { ReportImage } from '../../shared/files/report-file';
import type { Deps } from '../../shared/report/deps';
import { DEFAULT_DEPARTMENTS } from '../../shared/report/organisation-schema';
import type { Answer, Report, Snapshot } from '../../shared/report/report-schema';
import { rollForward, type CarryChoice, type RollMapping } from '../../shared/report/roll-forward';
import type { Template } from '../../shared/template/template-schema';
import { listAssignments, listDepartments } from './departments-repo';
import { getReport, listAnswers } from './reports-repo';
import type { WorkbenchDb } from './schema';

/*
 * Reports that start from something that already exists: a Word report read by the
 * import, or last year's report rolled forward. Each is written in one transaction.
 * Text the Word import could not place, and last year's text of questions a new template
 * dropped, is kept with the report (a setting per report) until the user dismisses it,
 * so nothing is dropped.
 */

const unplacedKey = (reportId: string) => `ej-placerat:${reportId}`;

/** Saves an imported report with its images, the default departments, the text that was not placed, and the text as read (a comparison point named after the file). */
export async function addImportedReport(
  db: WorkbenchDb,
  records: { report: Report; answers: Answer[]; images: ReportImage[] },
  unplaced: readonly string[],
  fileName: string,
  deps: Deps,
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
  const createdAt = report.createdAt;
  const departments = DEFAULT_DEPARTMENTS.map((name) => ({
    id: deps.newId(),
    reportId: report.id,
    name,
    contactName: '',
    contactEmail: '',
    createdAt,
  }));
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
      if (unplaced.length > 0) await db.settings.put({ key: unplacedKey(report.id), value: [...unplaced] });
    },
  );
  return report.id;
}

/** The text a Word import could not place in this report, if any is still kept. */
export async function unplacedText(db: WorkbenchDb, reportId: string): Promise<string[]> {
  const value = (await db.settings.get(unplacedKey(reportId)))?.value;
  return Array.isArray(value) ? value.filter((line): line is string => typeof line === 'string') : [];
}

/** Forgets the not-placed text once the user has dealt with it. */
export async function dismissUnplaced(db: WorkbenchDb, reportId: string): Promise<void> {
  await db.settings.delete(unplacedKey(reportId));
}

/**
 * Creates next year's report from a report, carrying or emptying each answer as chosen;
 * onto another template, `roll` pairs the questions and the text of dropped ones is kept
 * as not placed. Returns the new id.
 */
export async function rollReportForward(
  db: WorkbenchDb,
  template: Template,
  reportId: string,
  choose: (questionId: string) => CarryChoice,
  deps: Deps,
  roll?: RollMapping,
): Promise<string> {
  return db.transaction(
    'rw',
    [db.reports, db.answers, db.snapshots, db.images, db.departments, db.assignments, db.settings],
    async () => {
      const report = await getReport(db, reportId);
      if (!report) throw new Error('Rapporten finns inte längre.');
      const rolled = rollForward(
        template,
        {
          report,
          answers: await listAnswers(db, reportId),
          departments: await listDepartments(db, reportId),
          assignments: await listAssignments(db, reportId),
        },
        choose,
        deps,
        roll,
      );
      await db.reports.add(rolled.report);
      await db.answers.bulkAdd(rolled.answers);
      await db.snapshots.bulkAdd(rolled.baselines);
      const images = await db.images.bulkGet([...rolled.images.keys()]);
      await db.images.bulkAdd(
        images
          .filter((i) => i !== undefined)
          .map((i) => ({
            ...i,
            id: rolled.images.get(i.id)!,
            reportId: rolled.report.id,
            createdAt: rolled.report.createdAt,
          })),
      );
      await db.departments.bulkAdd(rolled.departments);
      await db.assignments.bulkAdd(rolled.assignments);
      if (rolled.unplaced.length > 0)
        await db.settings.put({ key: unplacedKey(rolled.report.id), value: rolled.unplaced });
      return rolled.report.id;
    },
  );
}
