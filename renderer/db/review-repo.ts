import { buildAssignmentFile } from '../../shared/files/build-files';
import type { AssignmentFile } from '../../shared/files/exchange-files';
import type { Deps } from '../../shared/report/deps';
import { assignmentSchema, type Assignment, type Department } from '../../shared/report/organisation-schema';
import type { Report } from '../../shared/report/report-schema';
import { buildReturn } from '../../shared/review/return-file';
import type { Template } from '../../shared/template/template-schema';
import { listComments } from './comments-repo';
import { listContributions } from './contributions-repo';
import { listMergeRecords } from './merge-repo';
import { listAnswers } from './reports-repo';
import type { WorkbenchDb } from './schema';

/*
 * The coordinator's side of the review loop, on the assignment records: when an
 * assignment file was sent, the return of a contribution with comments, and approvals
 * per question. Each change is one transaction on the assignment it concerns.
 */

async function changeAssignment(
  db: WorkbenchDb,
  reportId: string,
  departmentId: string,
  change: (a: Assignment) => Partial<Assignment>,
  deps: Pick<Deps, 'now'>,
): Promise<void> {
  await db.transaction('rw', db.assignments, async () => {
    const current = await db.assignments.get([reportId, departmentId]);
    if (!current) throw new Error('Uppdraget finns inte längre.');
    await db.assignments.put(
      assignmentSchema.parse({ ...current, ...change(current), updatedAt: deps.now().toISOString() }),
    );
  });
}

/** Records that an assignment file was written for the department. */
export function markSent(
  db: WorkbenchDb,
  reportId: string,
  departmentId: string,
  deps: Pick<Deps, 'now'>,
): Promise<void> {
  return changeAssignment(db, reportId, departmentId, () => ({ sentAt: deps.now().toISOString() }), deps);
}

/**
 * The file that returns a department's latest contribution with the comments on it:
 * a new assignment file carrying the department's own text of that revision with the
 * comments marked, the threads that concern it and the coordinator's note. Nothing is
 * recorded until `recordReturn` (after the file is saved).
 */
export async function buildReturnFile(
  db: WorkbenchDb,
  args: { report: Report; template: Template; department: Department; note: string; by: string; now: Date },
): Promise<{ file: AssignmentFile; open: number; revision: number }> {
  const { report, department } = args;
  const assignment = await db.assignments.get([report.id, department.id]);
  if (!assignment) throw new Error(`${department.name} har inget uppdrag.`);
  const contribution = (await listContributions(db, report.id))
    .filter((c) => c.departmentId === department.id)
    .sort((a, b) => b.revision - a.revision)[0];
  if (!contribution) throw new Error(`${department.name} har inte lämnat något bidrag att återsända.`);
  const review = buildReturn({
    contribution,
    answers: await listAnswers(db, report.id),
    records: await listMergeRecords(db, report.id),
    threads: (await listComments(db, report.id)).map(({ reportId: _r, ...t }) => t),
  });
  const file = await buildAssignmentFile({
    report,
    template: args.template,
    department,
    assignment: { ...assignment, note: args.note },
    coordinatorName: args.by,
    answers: [],
    includeStartingPoints: false,
    now: args.now,
    review: {
      returned: {
        revision: contribution.revision,
        returnedAt: args.now.toISOString(),
        by: args.by,
        answers: review.answers,
      },
      comments: review.threads,
    },
  });
  return { file, open: review.open, revision: contribution.revision };
}

/** Records a return once its file is saved. */
export function recordReturn(
  db: WorkbenchDb,
  reportId: string,
  departmentId: string,
  ret: { revision: number; note: string; by: string; comments: number },
  deps: Pick<Deps, 'now'>,
): Promise<void> {
  const at = deps.now().toISOString();
  return changeAssignment(db, reportId, departmentId, () => ({ sentAt: at, returned: { ...ret, at } }), deps);
}

/** Approves (or withdraws the approval of) a department's contribution to a question, in the revision received last. */
export function setApproved(
  db: WorkbenchDb,
  reportId: string,
  departmentId: string,
  questionId: string,
  approved: { revision: number; by: string } | null,
  deps: Pick<Deps, 'now'>,
): Promise<void> {
  return changeAssignment(
    db,
    reportId,
    departmentId,
    (a) => {
      const others = (a.approvals ?? []).filter((x) => x.questionId !== questionId);
      return {
        approvals: approved
          ? [...others, { questionId, revision: approved.revision, by: approved.by, at: deps.now().toISOString() }]
          : others,
      };
    },
    deps,
  );
}
