import type { Deps } from '../../shared/report/deps';
import { rollForward, type CarryChoice, type RollMapping } from '../../shared/report/roll-forward';
import type { Template } from '../../shared/template/template-schema';
import { listAssignments, listDepartments } from './departments-repo';
import { getReport, listAnswers } from './reports-repo';
import type { WorkbenchDb } from './schema';
import { keepUnplaced } from './unplaced-repo';

/*
 * "Ny rapport från föregående år": next year's report from last year's, written in one
 * transaction (report, answers, last year's text as comparison points, images,
 * departments, assignments, and the text of dropped questions as not placed).
 */

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
      await keepUnplaced(db, rolled.report.id, rolled.unplaced);
      return rolled.report.id;
    },
  );
}
