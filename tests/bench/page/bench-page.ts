// Mirror the app: its CSP forbids eval, so zod runs without its JIT there too.
import '../../../renderer/zod-jitless';
import { saveAnswers } from '../../../renderer/db/answers-repo';
import { WorkbenchDb } from '../../../renderer/db/schema';
import { AutosaveQueue } from '../../../renderer/document/autosave-queue';
import type { Answer, Report } from '../../../shared/report/report-schema';
import type { Assignment, Department } from '../../../shared/report/organisation-schema';
import { importContributionFiles } from '../../../renderer/db/contributions-repo';
import { readContributionFile } from '../../../shared/files/exchange-files';
import { exportBackupOffThread } from '../../../renderer/db/backup-off-thread';

/*
 * The in-browser half of the autosave bench: the app's autosave write (queue flush, one
 * Dexie transaction) against raw IndexedDB puts of the same records, same durability.
 */

// The same store layout as the app's answers table (key and index), so both sides ask IndexedDB for the same work.
function rawDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('raw-bench', 1);
    request.onupgradeneeded = () =>
      request.result
        .createObjectStore('answers', { keyPath: ['reportId', 'questionId'] })
        .createIndex('reportId', 'reportId');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, answers: Answer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('answers', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('answers');
    for (const answer of answers) store.put(answer);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Times the autosave of every answer (queue flush → one Dexie transaction) and raw IndexedDB puts, alternating. */
async function autosaveBench(
  answers: Answer[],
  iterations: number,
): Promise<{ app: number[]; transaction: number[]; raw: number[] }> {
  const db = new WorkbenchDb('autosave-bench');
  await db.open();
  await db.reports.put({
    id: answers[0]!.reportId,
    templateId: 't',
    year: 2025,
    organisation: 'x',
    title: 'x',
    header: {},
    signature: { ort: '', datum: '', namn: '', titel: '', forvaltning: '', organisation: '' },
    status: 'utkast',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    deletedAt: null,
  });
  const raw = await rawDb();
  const times = { app: [] as number[], transaction: [] as number[], raw: [] as number[] };
  const queue = new AutosaveQueue({
    reportId: answers[0]!.reportId,
    save: (list, snapshots, at, touchReport) =>
      saveAnswers(db, answers[0]!.reportId, list, snapshots, at, {
        touchReport,
        onTransactionTime: (ms) => times.transaction.push(ms),
      }),
    now: () => new Date(),
    onStatus: () => {},
    initial: answers,
    latestVersions: [],
    idleMs: 1e9,
  });
  for (let i = 0; i < iterations; i++) {
    const edited = answers.map((a) => ({
      ...a,
      content: { root: { ...a.content.root, children: [...a.content.root.children] } },
    }));
    for (const answer of edited) queue.markDirty(answer.questionId, () => answer);
    let start = performance.now();
    await queue.flush();
    times.app.push(performance.now() - start);
    start = performance.now();
    await rawPut(raw, edited);
    times.raw.push(performance.now() - start);
  }
  queue.dispose();
  db.close();
  raw.close();
  return times;
}

Object.assign(window, { autosaveBench });

/** Imports the files into a fresh database through the app, and reads and checks the same files alone (no writes), alternating. */
async function importBench(
  input: {
    report: Report;
    answers: Answer[];
    departments: Department[];
    assignments: Assignment[];
    files: { name: string; text: string }[];
  },
  runs: number,
): Promise<{ app: number[]; schema: number[] }> {
  const times = { app: [] as number[], schema: [] as number[] };
  const files = input.files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  const deps = { now: () => new Date(), newId: () => crypto.randomUUID() };
  for (let run = 0; run < runs; run++) {
    const db = new WorkbenchDb(`import-bench-${run}`);
    await db.open();
    await db.transaction('rw', [db.reports, db.answers, db.departments, db.assignments], async () => {
      await db.reports.put(input.report);
      await db.answers.bulkPut(input.answers);
      await db.departments.bulkPut(input.departments);
      await db.assignments.bulkPut(input.assignments);
    });
    let start = performance.now();
    const results = await importContributionFiles(db, files, deps, input.report.id);
    times.app.push(performance.now() - start);
    if (results.some((r) => r.outcome !== 'imported'))
      throw new Error(
        `bidragen importerades inte alla: ${JSON.stringify(results.find((r) => r.outcome !== 'imported'))}`,
      );
    start = performance.now();
    for (const file of files) await readContributionFile(file.bytes, file.name);
    times.schema.push(performance.now() - start);
    db.close();
    await db.delete();
  }
  return times;
}

Object.assign(window, { importBench });

/** Backups one after another against the app's own database until stopped: what the hourly backup does, without the wait. */
function backupLoop(): { stop: () => Promise<{ start: number; end: number }[]> } {
  const spans: { start: number; end: number }[] = [];
  let running = true;
  const done = (async () => {
    const db = new WorkbenchDb();
    await db.open();
    while (running) {
      const start = performance.now();
      await exportBackupOffThread(db, new Date(), 'bench');
      spans.push({ start, end: performance.now() });
    }
    db.close();
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return spans;
    },
  };
}

Object.assign(window, { backupLoop });
