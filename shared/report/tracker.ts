import type { Assignment, Contribution, Department } from './organisation-schema';

/*
 * The contribution tracker: for each department with an assignment, the state of each
 * of its questions (assigned, or received in revision N on a date), whether it is late,
 * and how far it has come. Merge states join in the merge issue.
 */

export type CellState = { kind: 'not-assigned' } | { kind: 'assigned' } | { kind: 'received'; revision: number; date: string };

export interface TrackerRow {
  department: Department;
  deadline: string | null;
  overdue: boolean;
  received: number;
  assigned: number;
  cells: Map<string, CellState>;
}

/** One row per department that was asked for something, in register order; `today` is yyyy-mm-dd. */
export function trackerRows(questionIds: string[], departments: Department[], assignments: Assignment[], contributions: Contribution[], today: string): TrackerRow[] {
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
        cells.set(id, { kind: 'received', revision: latest.revision, date: latest.importedAt.slice(0, 10) });
      } else {
        cells.set(id, { kind: 'assigned' });
      }
    }
    const assigned = assignment.questionIds.length;
    rows.push({ department, deadline: assignment.deadline, overdue: assignment.deadline !== null && assignment.deadline < today && received < assigned, received, assigned, cells });
  }
  return rows;
}

/** How many of the asked departments have sent anything. */
export function deliveredCount(rows: TrackerRow[]): { delivered: number; asked: number } {
  return { delivered: rows.filter((row) => row.received > 0).length, asked: rows.length };
}
