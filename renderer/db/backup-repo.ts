import { parseBackup, serializeBackup, type BackupContents } from '../../shared/report/backup-format';
import type { WorkbenchDb } from './schema';

/*
 * Whole-workspace backup: every report, answer, version and image out to one file, and
 * back in. Reading the file is fully checked before the single write transaction.
 */

/** Reads the whole workspace out of the database. */
export async function readWorkspace(db: WorkbenchDb): Promise<BackupContents> {
  const tables = [db.reports, db.answers, db.snapshots, db.images, db.departments, db.assignments, db.contributions, db.importLog, db.workspaces, db.mergeRecords];
  const contents = await db.transaction('r', tables, async () => ({
    reports: await db.reports.toArray(),
    answers: await db.answers.toArray(),
    snapshots: await db.snapshots.toArray(),
    images: await db.images.toArray(),
    departments: await db.departments.toArray(),
    assignments: await db.assignments.toArray(),
    contributions: await db.contributions.toArray(),
    importLog: await db.importLog.toArray(),
    workspaces: await db.workspaces.toArray(),
    mergeRecords: await db.mergeRecords.toArray(),
  }));
  // Blob reads are not IndexedDB requests, so they happen after the read transaction.
  const images = await Promise.all(contents.images.map(async ({ blob, ...meta }) => ({ ...meta, bytes: new Uint8Array(await blob.arrayBuffer()) })));
  return { ...contents, images };
}

/** The backup file's bytes for the whole workspace. */
export async function exportBackup(db: WorkbenchDb, now: Date, appVersion: string): Promise<Uint8Array> {
  return serializeBackup(await readWorkspace(db), now, appVersion);
}

export interface RestoreSummary {
  reports: number;
  replaced: number;
  answers: number;
}

/** Checks a backup file, then writes it in one transaction; reports with the same id are replaced. */
export async function restoreBackup(db: WorkbenchDb, bytes: Uint8Array, fileName: string): Promise<RestoreSummary> {
  const workspace = parseBackup(bytes, fileName);
  const ids = [...workspace.reports.map((r) => r.id), ...workspace.workspaces.map((w) => w.id)];
  const tables = [db.reports, db.answers, db.snapshots, db.images, db.departments, db.assignments, db.contributions, db.importLog, db.workspaces, db.mergeRecords];
  return db.transaction('rw', tables, async () => {
    const existing = (await db.reports.bulkGet(workspace.reports.map((r) => r.id))).filter(Boolean).length;
    for (const id of ids) {
      for (const table of [db.answers, db.snapshots, db.images, db.departments, db.assignments, db.contributions, db.importLog, db.mergeRecords]) await table.where('reportId').equals(id).delete();
    }
    await db.workspaces.bulkPut(workspace.workspaces);
    await db.departments.bulkPut(workspace.departments);
    await db.assignments.bulkPut(workspace.assignments);
    await db.contributions.bulkPut(workspace.contributions);
    await db.importLog.bulkAdd(workspace.importLog.map(({ id: _id, ...entry }) => entry));
    await db.reports.bulkPut(workspace.reports);
    await db.answers.bulkPut(workspace.answers);
    await db.mergeRecords.bulkPut(workspace.mergeRecords);
    // Version ids are per database: take new ones so another report's history is never overwritten.
    const versions = [...workspace.snapshots].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    await db.snapshots.bulkAdd(versions.map(({ id: _id, ...version }) => version));
    await db.images.bulkPut(
      workspace.images.map(({ bytes: data, ...meta }) => ({ ...meta, blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) })),
    );
    return { reports: workspace.reports.length, replaced: existing, answers: workspace.answers.length };
  });
}
