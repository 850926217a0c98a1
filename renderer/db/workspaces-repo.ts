import { buildContributionFile } from '../../shared/files/build-files';
import type { AssignmentFile, ContributionFile } from '../../shared/files/exchange-files';
import { workspaceSchema, type Workspace } from '../../shared/files/workspace-schema';
import { emptyRichText } from '../../shared/report/content-schema';
import type { Deps } from '../../shared/report/deps';
import type { Answer } from '../../shared/report/report-schema';
import { checkRecord } from './record-check';
import { listComments, putMergedThreads } from './comments-repo';
import { withReturnedMarks } from '../../shared/review/return-file';
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
 * a new workspace is made. A returned contribution brings its comments: the threads are
 * merged by id with the workspace's, and their marks are carried into what the
 * department has written since, block by block id (the department's newer text wins);
 * a new workspace starts from the returned text. Returns the workspace and whether it
 * was new.
 */
export async function openAssignment(
  db: WorkbenchDb,
  file: AssignmentFile,
  deps: Deps,
): Promise<{ workspace: Workspace; created: boolean }> {
  return db.transaction('rw', db.workspaces, db.answers, db.comments, async () => {
    const now = deps.now().toISOString();
    const existing = (await db.workspaces.toArray()).find(
      (w) =>
        w.deletedAt === null &&
        w.assignment.report.reportId === file.report.reportId &&
        w.assignment.department.id === file.department.id,
    );
    const newer = !existing || file.createdAt >= existing.assignment.createdAt;
    // The next export after a return is the revision after the one returned, even on a new computer.
    const lastRevision = Math.max(existing?.lastRevision ?? 0, file.returned?.revision ?? 0);
    const workspace = workspaceSchema.parse(
      existing
        ? { ...existing, assignment: newer ? file : existing.assignment, lastRevision, updatedAt: now }
        : {
            id: deps.newId(),
            assignment: file,
            authorName: '',
            lastRevision,
            lastExportedAt: null,
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
          },
    );
    await db.workspaces.put(workspace);
    const stored = await db.answers.where('reportId').equals(workspace.id).toArray();
    const have = new Map(stored.map((a) => [a.questionId, a]));
    const returned = new Map((file.returned?.answers ?? []).map((a) => [a.questionId, a.content]));
    const fresh: Answer[] = workspace.assignment.questions
      .filter((q) => !have.has(q.id))
      .map((q) => ({
        reportId: workspace.id,
        questionId: q.id,
        content: returned.get(q.id) ?? q.startingPoint ?? emptyRichText(),
        choice: null,
        basis: [],
        status: 'utkast',
        updatedAt: now,
      }));
    await db.answers.bulkAdd(fresh);
    const marked = stored.flatMap((answer) => {
      const back = returned.get(answer.questionId);
      if (!back) return [];
      const content = withReturnedMarks(answer.content, back);
      return content === answer.content ? [] : [{ ...answer, content }];
    });
    await db.answers.bulkPut(marked);
    await putMergedThreads(db, workspace.id, file.comments ?? []);
    return { workspace, created: !existing };
  });
}

/** Changes the author name shown in exported contributions. */
export async function setAuthor(
  db: WorkbenchDb,
  id: string,
  authorName: string,
  deps: Pick<Deps, 'now'>,
): Promise<void> {
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
    comments: (await listComments(db, id)).map(({ reportId: _r, ...thread }) => thread),
    author: workspace.authorName,
    revision: workspace.lastRevision + 1,
    now,
    newId: deps.newId,
  });
  // The editors keep a block id on every block (BlockIdPlugin), so the next revision names the same blocks the same way.
  await db.transaction('rw', db.workspaces, async () => {
    const current = await getWorkspace(db, id);
    if (!current || current.lastRevision !== workspace.lastRevision)
      throw new Error('Bidraget exporterades samtidigt från ett annat fönster; försök igen.');
    await db.workspaces.put({
      ...current,
      lastRevision: file.revision,
      lastExportedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });
  return file;
}
