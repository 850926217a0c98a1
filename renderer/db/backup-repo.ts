import { parseBackup, serializeBackup, type Workspace } from '../../shared/report/backup-format';
import type { WorkbenchDb } from './schema';

/*
 * Whole-workspace backup: every report, answer, version and image out to one file, and
 * back in. Reading the file is fully checked before the single write transaction.
 */

/** Reads the whole workspace out of the database. */
export async function readWorkspace(db: WorkbenchDb): Promise<Workspace> {
  return db.transaction('r', db.reports, db.answers, db.snapshots, db.images, async () => {
    const images = await db.images.toArray();
    return {
      reports: await db.reports.toArray(),
      answers: await db.answers.toArray(),
      snapshots: await db.snapshots.toArray(),
      images: await Promise.all(
        images.map(async ({ blob, ...meta }) => ({ ...meta, bytes: new Uint8Array(await blob.arrayBuffer()) })),
      ),
    };
  });
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
  const ids = workspace.reports.map((r) => r.id);
  return db.transaction('rw', db.reports, db.answers, db.snapshots, db.images, async () => {
    const existing = (await db.reports.bulkGet(ids)).filter(Boolean).length;
    for (const id of ids) {
      await db.answers.where('reportId').equals(id).delete();
      await db.snapshots.where('reportId').equals(id).delete();
      await db.images.where('reportId').equals(id).delete();
    }
    await db.reports.bulkPut(workspace.reports);
    await db.answers.bulkPut(workspace.answers);
    // Version ids are per database: take new ones so another report's history is never overwritten.
    const versions = [...workspace.snapshots].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    await db.snapshots.bulkAdd(versions.map(({ id: _id, ...version }) => version));
    await db.images.bulkPut(
      workspace.images.map(({ bytes: data, ...meta }) => ({ ...meta, blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) })),
    );
    return { reports: ids.length, replaced: existing, answers: workspace.answers.length };
  });
}
