import { buildContributionFile } from '../../shared/exchange/build-files';
import type { AssignmentFile, ContributionFile } from '../../shared/exchange/exchange-files';
import { workspaceSchema, type Workspace } from '../../shared/exchange/workspace-schema';
import { emptyRichText } from '../../shared/report/content-schema';
import type { Deps } from '../../shared/report/new-report';
import type { Answer } from '../../shared/report/report-schema';
import { checkRecord } from './record-check';
import { listAnswers } from './reports-repo';
import type { WorkbenchDb } from './schema';

/*
 * A department officer's side: opening an assignment file makes a contribution
 * workspace (its answers start from the file's starting texts), and exporting writes
 * the next revision of the contribution file.
 */

/** The contribution workspaces on this computer, last changed first. */
export async function listWorkspaces(db: WorkbenchDb): Promise<Workspace[]> {
  const records = await db.workspaces.orderBy('updatedAt').reverse().toArray();
  return records.map((w) => checkRecord(workspaceSchema, w, 'Ett bidrag')).filter((w) => w.deletedAt === null);
}

/** One workspace, or undefined. */
export async function getWorkspace(db: WorkbenchDb, id: string): Promise<Workspace | undefined> {
  const record = await db.workspaces.get(id);
  return record && checkRecord(workspaceSchema, record, 'Bidraget');
}

/**
 * Opens an assignment: an existing workspace for the same report and department is
 * reused (a newer assignment file replaces the stored one, answers are kept); otherwise
 * a new workspace is made. Returns the workspace and whether it was new.
 */
export async function openAssignment(db: WorkbenchDb, file: AssignmentFile, deps: Deps): Promise<{ workspace: Workspace; created: boolean }> {
  return db.transaction('rw', db.workspaces, db.answers, async () => {
    const now = deps.now().toISOString();
    const existing = (await db.workspaces.toArray()).find(
      (w) => w.deletedAt === null && w.assignment.report.reportId === file.report.reportId && w.assignment.department.id === file.department.id,
    );
    const workspace = workspaceSchema.parse(
      existing
        ? { ...existing, assignment: file.createdAt >= existing.assignment.createdAt ? file : existing.assignment, updatedAt: now }
        : { id: deps.newId(), assignment: file, authorName: '', lastRevision: 0, lastExportedAt: null, createdAt: now, updatedAt: now, deletedAt: null },
    );
    await db.workspaces.put(workspace);
    const have = new Set((await db.answers.where('reportId').equals(workspace.id).toArray()).map((a) => a.questionId));
    const fresh: Answer[] = workspace.assignment.questions
      .filter((q) => !have.has(q.id))
      .map((q) => ({ reportId: workspace.id, questionId: q.id, content: q.startingPoint ?? emptyRichText(), choice: null, basis: [], status: 'utkast', updatedAt: now }));
    await db.answers.bulkAdd(fresh);
    return { workspace, created: !existing };
  });
}

/** Changes the author name shown in exported contributions. */
export async function setAuthor(db: WorkbenchDb, id: string, authorName: string, deps: Pick<Deps, 'now'>): Promise<void> {
  await db.transaction('rw', db.workspaces, async () => {
    const current = await getWorkspace(db, id);
    if (!current) throw new Error('Bidraget finns inte längre.');
    await db.workspaces.put(workspaceSchema.parse({ ...current, authorName, updatedAt: deps.now().toISOString() }));
  });
}

/** Builds the next revision's contribution file and records the export; the revision rises with every export. */
export async function exportContribution(db: WorkbenchDb, id: string, deps: Deps): Promise<ContributionFile> {
  const workspace = await getWorkspace(db, id);
  if (!workspace) throw new Error('Bidraget finns inte längre.');
  if (workspace.authorName.trim() === '') throw new Error('Skriv ditt namn som författare innan du exporterar.');
  const now = deps.now();
  const file = await buildContributionFile({
    assignment: workspace.assignment,
    answers: await listAnswers(db, id),
    author: workspace.authorName,
    revision: workspace.lastRevision + 1,
    now,
    newId: deps.newId,
  });
  // The editors keep a block id on every block (BlockIdPlugin), so the next revision names the same blocks the same way.
  await db.transaction('rw', db.workspaces, async () => {
    const current = await getWorkspace(db, id);
    if (!current || current.lastRevision !== workspace.lastRevision) throw new Error('Bidraget exporterades samtidigt från ett annat fönster; försök igen.');
    await db.workspaces.put({ ...current, lastRevision: file.revision, lastExportedAt: now.toISOString(), updatedAt: now.toISOString() });
  });
  return file;
}
