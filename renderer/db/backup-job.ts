import { exportBackup } from './backup-repo';
import { WorkbenchDb } from './schema';

/*
 * What the backup worker is asked and answers. The job names the database and the
 * moment; the worker opens its own connection (IndexedDB is there in a worker), reads
 * the whole workspace in one read transaction as the page would, and hands the file's
 * bytes back without a copy.
 */

/** A backup to make: of which database, stamped when, by which version of the app. */
export interface BackupJob {
  dbName: string;
  createdAt: string;
  appVersion: string;
}

/** The worker's answer: the file's bytes, or why it could not make them. */
export type BackupJobReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Makes the backup a job asks for, on a connection of its own that is closed after. */
export async function runBackupJob(
  job: BackupJob,
  open: (name: string) => WorkbenchDb = (name) => new WorkbenchDb(name),
): Promise<BackupJobReply> {
  let db: WorkbenchDb | undefined;
  try {
    db = open(job.dbName);
    return { ok: true, bytes: await exportBackup(db, new Date(job.createdAt), job.appVersion) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}
