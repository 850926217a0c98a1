import type { Deps } from '../../shared/report/deps';
import {
  assignmentSchema,
  departmentSchema,
  type Assignment,
  type Department,
} from '../../shared/report/organisation-schema';
import { checkRecord } from './record-check';
import type { WorkbenchDb } from './schema';

/*
 * The department register of a report and the assignments (which questions each
 * department is asked to answer, by when, with what note).
 */

/** The report's departments, in the order they were added. */
export async function listDepartments(db: WorkbenchDb, reportId: string): Promise<Department[]> {
  const records = await db.departments.where('reportId').equals(reportId).toArray();
  return records
    .map((d) => checkRecord(departmentSchema, d, `Avdelningen ${d.name}`))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name, 'sv'));
}

/** Adds a department; its name must be unique in the report. */
export async function addDepartment(db: WorkbenchDb, reportId: string, name: string, deps: Deps): Promise<Department> {
  return db.transaction('rw', db.departments, async () => {
    const existing = await listDepartments(db, reportId);
    if (existing.some((d) => d.name.toLocaleLowerCase('sv') === name.trim().toLocaleLowerCase('sv')))
      throw new Error(`Avdelningen ${name.trim()} finns redan.`);
    const department = departmentSchema.parse({
      id: deps.newId(),
      reportId,
      name,
      contactName: '',
      contactEmail: '',
      createdAt: deps.now().toISOString(),
    });
    await db.departments.add(department);
    return department;
  });
}

/** Changes a department's name or contact; the name must stay unique. */
export async function updateDepartment(
  db: WorkbenchDb,
  id: string,
  change: Partial<Pick<Department, 'name' | 'contactName' | 'contactEmail'>>,
): Promise<Department> {
  return db.transaction('rw', db.departments, async () => {
    const current = await db.departments.get(id);
    if (!current) throw new Error('Avdelningen finns inte längre.');
    const parsed = departmentSchema.safeParse({ ...current, ...change });
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      throw new Error(
        field === 'contactEmail'
          ? `E-postadressen ”${change.contactEmail ?? ''}” för ${current.name} är inte giltig.`
          : field === 'name'
            ? `Avdelningen måste ha ett namn (högst 100 tecken).`
            : `Kontaktuppgiften för ${current.name} är för lång.`,
      );
    }
    const next = parsed.data;
    const others = (await listDepartments(db, current.reportId)).filter((d) => d.id !== id);
    if (others.some((d) => d.name.toLocaleLowerCase('sv') === next.name.toLocaleLowerCase('sv')))
      throw new Error(`Avdelningen ${next.name} finns redan.`);
    await db.departments.put(next);
    return next;
  });
}

/** Removes a department, unless an assignment or a contribution refers to it. */
export async function removeDepartment(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', db.departments, db.assignments, db.contributions, async () => {
    const department = await db.departments.get(id);
    if (!department) return;
    const assignment = await db.assignments.get([department.reportId, id]);
    const contributions = await db.contributions
      .where('[reportId+departmentId]')
      .equals([department.reportId, id])
      .count();
    if ((assignment && assignment.questionIds.length > 0) || contributions > 0) {
      throw new Error(`${department.name} kan inte tas bort: avdelningen har uppdrag eller bidrag.`);
    }
    if (assignment) await db.assignments.delete([department.reportId, id]);
    await db.departments.delete(id);
  });
}

/** The assignments of a report, one per department that has one. */
export async function listAssignments(db: WorkbenchDb, reportId: string): Promise<Assignment[]> {
  const records = await db.assignments.where('reportId').equals(reportId).toArray();
  return records.map((a) => checkRecord(assignmentSchema, a, 'Ett uppdrag'));
}

/** Creates or changes a department's assignment. */
export async function saveAssignment(
  db: WorkbenchDb,
  reportId: string,
  departmentId: string,
  change: Partial<Pick<Assignment, 'questionIds' | 'deadline' | 'note'>>,
  deps: Pick<Deps, 'now'>,
): Promise<Assignment> {
  return db.transaction('rw', db.assignments, db.departments, async () => {
    if (!(await db.departments.get(departmentId))) throw new Error('Avdelningen finns inte längre.');
    const current = (await db.assignments.get([reportId, departmentId])) ?? {
      reportId,
      departmentId,
      questionIds: [],
      deadline: null,
      note: '',
      updatedAt: '',
    };
    const next = assignmentSchema.parse({ ...current, ...change, updatedAt: deps.now().toISOString() });
    next.questionIds = [...new Set(next.questionIds)];
    await db.assignments.put(next);
    return next;
  });
}
