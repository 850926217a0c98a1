import type { Assignment, Contribution, Department } from './organisation-schema';

/*
 * The contribution tracker: for each department with an assignment, the state of each
 * of its questions (assigned, or received in revision N on a date), whether it is late,
 * how far it has come, and where it stands in the review loop (sent, submitted, returned
 * with comments, approved; an approval of an older revision than the newest is flagged).
 */

export type CellState =
  | { kind: 'not-assigned' }
  | { kind: 'assigned' }
  /** `approved`: the revision approved, when the question is; a later revision than that is flagged. */
  | { kind: 'received'; revision: number; date: string; approved?: number };

/** Where a department stands in the review loop: ej skickad → skickad → inlämnad (revision n) → återsänd (with n comments) → godkänd. */
export type ReviewStatus =
  | { kind: 'not-sent' }
  | { kind: 'sent' }
  | { kind: 'submitted'; revision: number }
  | { kind: 'returned'; revision: number; comments: number }
  | { kind: 'approved'; revision: number };

export interface TrackerRow {
  department: Department;
  deadline: string | null;
  overdue: boolean;
  received: number;
  assigned: number;
  cells: Map<string, CellState>;
  status: ReviewStatus;
}

/** One row per department that was asked for something, in register order; `today` is yyyy-mm-dd. */
export function trackerRows(
  questionIds: string[],
  departments: Department[],
  assignments: Assignment[],
  contributions: Contribution[],
  today: string,
): TrackerRow[] {
  const rows: TrackerRow[] = [];
  for (const department of departments) {
    const assignment = assignments.find((a) => a.departmentId === department.id);
    if (!assignment || assignment.questionIds.length === 0) continue;
    const own = contributions.filter((c) => c.departmentId === department.id).sort((a, b) => b.revision - a.revision);
    const cells = new Map<string, CellState>();
    let received = 0;
    for (const id of questionIds) {
      if (!assignment.questionIds.includes(id)) {
        cells.set(id, { kind: 'not-assigned' });
        continue;
      }
      const latest = own.find((c) => c.answers.some((a) => a.questionId === id));
      if (latest) {
        received += 1;
        const approval = assignment.approvals?.find((a) => a.questionId === id);
        cells.set(id, {
          kind: 'received',
          revision: latest.revision,
          date: latest.importedAt.slice(0, 10),
          ...(approval && { approved: approval.revision }),
        });
      } else {
        cells.set(id, { kind: 'assigned' });
      }
    }
    const assigned = assignment.questionIds.length;
    rows.push({
      department,
      deadline: assignment.deadline,
      overdue: assignment.deadline !== null && assignment.deadline < today && received < assigned,
      received,
      assigned,
      cells,
      status: reviewStatus(assignment, own[0]?.revision, cells),
    });
  }
  return rows;
}

/** How many of the asked departments have sent anything. */
export function deliveredCount(rows: TrackerRow[]): { delivered: number; asked: number } {
  return { delivered: rows.filter((row) => row.received > 0).length, asked: rows.length };
}

/** The department's place in the review loop, from its assignment record, newest revision and cells. */
export function reviewStatus(
  assignment: Assignment,
  newest: number | undefined,
  cells: ReadonlyMap<string, CellState>,
): ReviewStatus {
  if (newest === undefined) return assignment.sentAt ? { kind: 'sent' } : { kind: 'not-sent' };
  const received = assignment.questionIds
    .map((id) => cells.get(id))
    .filter((c): c is Extract<CellState, { kind: 'received' }> => c?.kind === 'received');
  if (received.length === assignment.questionIds.length && received.every((c) => c.approved === c.revision))
    return { kind: 'approved', revision: newest };
  if (assignment.returned && assignment.returned.revision >= newest)
    return { kind: 'returned', revision: assignment.returned.revision, comments: assignment.returned.comments };
  return { kind: 'submitted', revision: newest };
}
