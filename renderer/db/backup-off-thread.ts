import { exportBackup } from './backup-repo';
import type { BackupJob, BackupJobReply } from './backup-job';
import type { WorkbenchDb } from './schema';

/*
 * The whole-workspace backup made in a worker, so typing never waits for it (the hourly
 * automatic backup comes while someone types). The worker is only a way to be fast: when
 * it cannot start, fails to load or answers with a problem, the backup is made on the
 * page's thread as before, so a backup is never skipped because of it and a real
 * problem (a damaged database) is reported the same way as without the worker.
 */

/** Starts a backup worker; null where there are no workers (tests in Node). */
export type StartWorker = () => Worker | null;

const startBackupWorker: StartWorker = () =>
  typeof Worker === 'undefined' ? null : new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });

/** A worker that loaded but never answers must not hold a backup back for ever: long enough for a very large workspace. */
const WORKER_PATIENCE_MS = 120_000;

// Said in the console, so a worker that never works (a packaging or CSP problem) is found, not only slower.
function unused(why: string): null {
  console.warn(`Säkerhetskopian görs utan worker: ${why}`);
  return null;
}

function inWorker(job: BackupJob, start: StartWorker): Promise<Uint8Array | null> {
  let worker: Worker | null;
  try {
    worker = start();
  } catch (error) {
    return Promise.resolve(unused(error instanceof Error ? error.message : String(error)));
  }
  if (!worker) return Promise.resolve(null);
  const running = worker;
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(unused('inget svar')), WORKER_PATIENCE_MS);
    const finish = (bytes: Uint8Array | null) => {
      clearTimeout(timer);
      running.terminate();
      resolve(bytes);
    };
    running.addEventListener('message', (event: MessageEvent<BackupJobReply>) =>
      finish(event.data.ok ? event.data.bytes : unused(event.data.message)),
    );
    running.addEventListener('error', (event) => finish(unused(`kunde inte startas (${event.message || 'fel'})`)));
    running.addEventListener('messageerror', () => finish(unused('svaret gick inte att läsa')));
    running.postMessage(job);
  });
}

/** The backup file's bytes for the whole workspace, made off the page's thread where it can be. */
export async function exportBackupOffThread(
  db: WorkbenchDb,
  now: Date,
  appVersion: string,
  start: StartWorker = startBackupWorker,
): Promise<Uint8Array> {
  const job: BackupJob = { dbName: db.name, createdAt: now.toISOString(), appVersion };
  return (await inWorker(job, start)) ?? exportBackup(db, now, appVersion);
}
