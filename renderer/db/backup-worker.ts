// The CSP forbids eval in the worker as in the page.
import '../zod-jitless';
import { runBackupJob, type BackupJob } from './backup-job';

/*
 * The backup worker's entry: one job per worker. Reading ten reports with their images
 * and writing them as one JSON file takes a tenth of a second or more, which on the
 * page's thread is a tenth of a second a keystroke waits.
 */

addEventListener('message', (event: MessageEvent<BackupJob>) => {
  void runBackupJob(event.data).then((reply) =>
    postMessage(reply, { transfer: reply.ok ? [reply.bytes.buffer as ArrayBuffer] : [] }),
  );
});
