import { renameImages } from '../../shared/report/content-images';
import type { NewReportInput } from '../../shared/report/new-report';
import type { Deps } from '../../shared/report/deps';
import { createReport, duplicateReport } from '../../shared/report/new-report';
import { defaultRegister, newRegister, type DepartmentDefault } from '../../shared/report/organisation-schema';
import {
  answerSchema,
  reportSchema,
  type Answer,
  type Report,
  type Signature,
} from '../../shared/report/report-schema';
import type { Template } from '../../shared/template/template-schema';
import { checkRecord } from './record-check';
import type { WorkbenchDb } from './schema';

/*
 * Reports on this computer: create from a template, rename, duplicate, move to the trash
 * and back, delete for good. Every multi-table change is one transaction.
 */

const whole = (db: WorkbenchDb) =>
  [
    db.reports,
    db.answers,
    db.snapshots,
    db.images,
    db.departments,
    db.assignments,
    db.contributions,
    db.importLog,
    db.mergeRecords,
    db.comments,
    db.signatures,
  ] as const;

/** Reports not in the trash, last changed first. */
export async function listReports(db: WorkbenchDb): Promise<Report[]> {
  const all = await db.reports.orderBy('updatedAt').reverse().toArray();
  return all.map((r) => checkRecord(reportSchema, r, `Rapporten ${r.id}`)).filter((r) => r.deletedAt === null);
}

/** Reports in the trash, last deleted first. */
export async function listTrash(db: WorkbenchDb): Promise<Report[]> {
  const all = await db.reports.toArray();
  return all
    .map((r) => checkRecord(reportSchema, r, `Rapporten ${r.id}`))
    .filter((r) => r.deletedAt !== null)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/** One report, checked, or undefined when there is none with that id. */
export async function getReport(db: WorkbenchDb, id: string): Promise<Report | undefined> {
  const record = await db.reports.get(id);
  return record && checkRecord(reportSchema, record, `Rapporten ${id}`);
}

/** The answers of a report, checked. */
export async function listAnswers(db: WorkbenchDb, reportId: string): Promise<Answer[]> {
  const records = await db.answers.where('reportId').equals(reportId).toArray();
  return records.map((a) => checkRecord(answerSchema, a, `Svaret ${a.questionId}`));
}

/** Creates a report, its empty answers and its department register (the standard one, or IT's) in one transaction. */
export async function addReport(
  db: WorkbenchDb,
  template: Template,
  input: NewReportInput,
  deps: Deps,
  register: readonly DepartmentDefault[] = defaultRegister(),
): Promise<Report> {
  const { report, answers } = createReport(template, input, deps);
  const departments = newRegister(register, report.id, report.createdAt, deps);
  await db.transaction('rw', db.reports, db.answers, db.departments, async () => {
    await db.reports.add(report);
    await db.answers.bulkAdd(answers);
    await db.departments.bulkAdd(departments);
  });
  return report;
}

/** Changes some report fields (title, header, signature) and stamps the change time. */
export async function updateReport(
  db: WorkbenchDb,
  id: string,
  change: Partial<Pick<Report, 'title' | 'header' | 'organisation'>> & { signature?: Signature },
  deps: Pick<Deps, 'now'>,
): Promise<Report> {
  return db.transaction('rw', db.reports, async () => {
    const current = await getReport(db, id);
    if (!current) throw new Error(`Rapporten ${id} finns inte.`);
    const next = reportSchema.parse({ ...current, ...change, updatedAt: deps.now().toISOString() });
    await db.reports.put(next);
    return next;
  });
}

/** Copies a report with its answers, images, departments and assignments; history and contributions are not copied. */
export async function copyReport(db: WorkbenchDb, id: string, deps: Deps): Promise<Report> {
  return db.transaction('rw', db.reports, db.answers, db.images, db.departments, db.assignments, async () => {
    const report = await getReport(db, id);
    if (!report) throw new Error(`Rapporten ${id} finns inte.`);
    const copy = duplicateReport(report, await listAnswers(db, id), deps);
    const images = await db.images.where('reportId').equals(id).toArray();
    const rename = new Map(images.map((image) => [image.id, deps.newId()]));
    await db.reports.add(copy.report);
    await db.answers.bulkAdd(
      copy.answers.map((answer) => ({ ...answer, content: renameImages(answer.content, rename) })),
    );
    await db.images.bulkAdd(images.map((image) => ({ ...image, id: rename.get(image.id)!, reportId: copy.report.id })));
    const departments = await db.departments.where('reportId').equals(id).toArray();
    const departmentIds = new Map(departments.map((d) => [d.id, deps.newId()]));
    await db.departments.bulkAdd(
      departments.map((d) => ({ ...d, id: departmentIds.get(d.id)!, reportId: copy.report.id })),
    );
    const assignments = await db.assignments.where('reportId').equals(id).toArray();
    await db.assignments.bulkAdd(
      assignments
        .filter((a) => departmentIds.has(a.departmentId))
        .map((a) => ({ ...a, reportId: copy.report.id, departmentId: departmentIds.get(a.departmentId)! })),
    );
    return copy.report;
  });
}

/** Moves a report to the trash (or back out of it with `deleted` false). */
export async function setTrashed(
  db: WorkbenchDb,
  id: string,
  deleted: boolean,
  deps: Pick<Deps, 'now'>,
): Promise<void> {
  await db.transaction('rw', db.reports, async () => {
    const report = await getReport(db, id);
    if (!report) throw new Error(`Rapporten ${id} finns inte.`);
    await db.reports.put({ ...report, deletedAt: deleted ? deps.now().toISOString() : null });
  });
}

/** Deletes a report for good, with everything that belongs to it (a report deleted for good leaves nothing behind). */
export async function purgeReport(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', whole(db), async () => {
    await db.reports.delete(id);
    await db.mergeRecords.where('reportId').equals(id).delete();
    await db.comments.where('reportId').equals(id).delete();
    await db.signatures.where('reportId').equals(id).delete();
    await db.answers.where('reportId').equals(id).delete();
    await db.snapshots.where('reportId').equals(id).delete();
    await db.images.where('reportId').equals(id).delete();
    await db.departments.where('reportId').equals(id).delete();
    await db.assignments.where('reportId').equals(id).delete();
    await db.contributions.where('reportId').equals(id).delete();
    await db.importLog.where('reportId').equals(id).delete();
  });
}
