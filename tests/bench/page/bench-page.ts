// Mirror the app: its CSP forbids eval, so zod runs without its JIT there too.
import '../../../renderer/zod-jitless';
import { saveAnswers } from '../../../renderer/db/answers-repo';
import { WorkbenchDb } from '../../../renderer/db/schema';
import { AutosaveQueue } from '../../../renderer/document/autosave-queue';
import type { Answer, Report } from '../../../shared/report/report-schema';
import type { Assignment, Department } from '../../../shared/report/organisation-schema';
import { importContributionFiles, listContributions } from '../../../renderer/db/contributions-repo';
import { listMergeRecords } from '../../../renderer/db/merge-repo';
import { planMerges, requestsFor, runMerges, type MergeContext } from '../../../renderer/document/merge-actions';
import type { AnswerHandle } from '../../../renderer/editor/answer-handle';
import { pendingMerges } from '../../../shared/merge/merge-answer';
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

/** The import and merge figures, per run. */
export interface ImportTimes {
  app: number[];
  schema: number[];
  /** "Sammanfoga alla": the merging alone, the click to written, and the raw write of what it wrote. */
  merging: number[];
  click: number[];
  raw: number[];
  json: number[];
  merges: number;
}

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
): Promise<ImportTimes> {
  const times: ImportTimes = { app: [], schema: [], merging: [], click: [], json: [], raw: [], merges: 0 };
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

    const merge = await mergeAll(db, input.report.id, input.answers, input.departments);
    times.merges = merge.merges;
    times.merging.push(merge.merging);
    times.click.push(merge.click);
    times.raw.push(merge.raw);
    start = performance.now();
    for (const file of input.files) JSON.stringify(JSON.parse(file.text));
    times.json.push(performance.now() - start);
    db.close();
    await db.delete();
  }
  return times;
}

/** A store layout like the app's for each table a merge writes (same keys and index), for the raw comparator. */
function rawMergeDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`raw-merge-${crypto.randomUUID()}`, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('answers', { keyPath: ['reportId', 'questionId'] }).createIndex('reportId', 'reportId');
      db.createObjectStore('mergeRecords', { keyPath: ['reportId', 'questionId', 'departmentId'] }).createIndex(
        'reportId',
        'reportId',
      );
      db.createObjectStore('snapshots', { autoIncrement: true }).createIndex('reportId', 'reportId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Puts what a merge wrote into the raw stores: one transaction, strict durability. */
async function rawMergeWrite(written: { answers: unknown[]; mergeRecords: unknown[]; snapshots: unknown[] }) {
  const raw = await rawMergeDb();
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(['answers', 'mergeRecords', 'snapshots'], 'readwrite', { durability: 'strict' });
    for (const answer of written.answers) tx.objectStore('answers').put(answer);
    for (const record of written.mergeRecords) tx.objectStore('mergeRecords').put(record);
    for (const snapshot of written.snapshots) tx.objectStore('snapshots').add(snapshot);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  raw.close();
  return ms;
}

/**
 * "Sammanfoga alla" as the document does it, the editors' answers held in a map and the
 * contributions and records read beforehand (the report screen has them when it opens):
 * every waiting merge planned when the panel opens (its preview); the click merges and
 * writes (planned again against the answers as they are then, history versions, one
 * transaction). Timed: the merging alone (the preview's and the click's planning, no
 * write), the click, and a raw IndexedDB write of what the click wrote.
 */
async function mergeAll(db: WorkbenchDb, reportId: string, initial: Answer[], departments: Department[]) {
  const answers = new Map(initial.map((a) => [a.questionId, a]));
  const getHandle = (questionId: string) => {
    if (!answers.has(questionId)) return undefined;
    const handle: Pick<AnswerHandle, 'currentAnswer' | 'apply'> = {
      currentAnswer: () => answers.get(questionId)!,
      apply: (merged) => answers.set(questionId, { ...answers.get(questionId)!, ...merged }),
    };
    return handle as AnswerHandle;
  };
  const contributions = await listContributions(db, reportId);
  const ctx: MergeContext = {
    db,
    reportId,
    records: await listMergeRecords(db, reportId),
    contributions,
    departments,
    getHandle,
    by: 'Samordnare',
  };
  const pending = () => requestsFor(pendingMerges([...answers.values()], ctx.records, contributions, departments));

  let start = performance.now();
  planMerges(ctx, pending());
  planMerges(ctx, pending());
  const merging = performance.now() - start;

  // The panel plans when it opens; the click runs the merges (planned again against the answers as they are then).
  const requests = pending();
  const planned = planMerges(ctx, requests).merges.length;
  start = performance.now();
  const { merged } = await runMerges(ctx, requests);
  const click = performance.now() - start;
  if (merged === 0 || planned !== requests.length)
    throw new Error(`sammanfogningen gjorde inte allt: ${planned} av ${requests.length} planerade, ${merged} svar`);

  const written = await db.transaction('r', [db.answers, db.mergeRecords, db.snapshots], async () => ({
    answers: await db.answers.where('reportId').equals(reportId).toArray(),
    mergeRecords: await db.mergeRecords.where('reportId').equals(reportId).toArray(),
    snapshots: (await db.snapshots.where('reportId').equals(reportId).toArray()).map(({ id: _id, ...s }) => s),
  }));
  const touched = new Set(written.snapshots.map((s) => s.questionId));
  const raw = await rawMergeWrite({ ...written, answers: written.answers.filter((a) => touched.has(a.questionId)) });
  return { merges: planned, merging, click, raw };
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
