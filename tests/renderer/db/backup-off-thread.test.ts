import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readWorkspace, restoreBackup } from '../../../renderer/db/backup-repo';
import { runBackupJob, type BackupJob, type BackupJobReply } from '../../../renderer/db/backup-job';
import { exportBackupOffThread, type StartWorker } from '../../../renderer/db/backup-off-thread';
import { addReport } from '../../../renderer/db/reports-repo';
import { WorkbenchDb } from '../../../renderer/db/schema';
import { testDeps } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

const NOW = new Date('2026-02-01T00:00:00Z');

async function oneReport(): Promise<WorkbenchDb> {
  const db = freshDb();
  await addReport(db, template, { year: 2025, organisation: 'Region Västmanland', header: {} }, testDeps());
  return db;
}

/** A worker as the page sees one: it is posted a job and answers (or fails) as `behave` says. */
class FakeWorker extends EventTarget {
  jobs: BackupJob[] = [];
  terminated = false;
  constructor(private readonly behave: (job: BackupJob, worker: FakeWorker) => void) {
    super();
  }
  postMessage(job: BackupJob): void {
    this.jobs.push(job);
    queueMicrotask(() => this.behave(job, this));
  }
  answer(reply: BackupJobReply): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data: reply }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

function starting(worker: FakeWorker | null | 'throws'): StartWorker {
  return () => {
    if (worker === 'throws') throw new Error('Worker blocked');
    return worker as unknown as Worker;
  };
}

async function reportsIn(bytes: Uint8Array): Promise<string[]> {
  const target = freshDb();
  await restoreBackup(target, bytes, 'kopia.rvbackup');
  return (await readWorkspace(target)).reports.map((r) => r.organisation);
}

describe('the backup made off the page’s thread', () => {
  it('takes the worker’s bytes, asks for the database by name and the moment, and ends the worker', async () => {
    const db = await oneReport();
    const worker = new FakeWorker((_, w) => w.answer({ ok: true, bytes: new Uint8Array([1, 2, 3]) }));
    expect(await exportBackupOffThread(db, NOW, '0.1.0', starting(worker))).toEqual(new Uint8Array([1, 2, 3]));
    expect(worker.jobs).toEqual([{ dbName: 'test', createdAt: NOW.toISOString(), appVersion: '0.1.0' }]);
    expect(worker.terminated).toBe(true);
  });

  it.each([
    ['there are no workers', null],
    ['the worker cannot be started', 'throws' as const],
    ['the worker script fails to load', new FakeWorker((_, w) => w.dispatchEvent(new Event('error')))],
    ['the worker’s answer cannot be read', new FakeWorker((_, w) => w.dispatchEvent(new Event('messageerror')))],
    ['the worker answers with a problem', new FakeWorker((_, w) => w.answer({ ok: false, message: 'trasig' }))],
  ])('makes the backup on the page’s thread when %s', async (_, worker) => {
    const db = await oneReport();
    const bytes = await exportBackupOffThread(db, NOW, '0.1.0', starting(worker));
    expect(await reportsIn(bytes)).toEqual(['Region Västmanland']);
    if (worker instanceof FakeWorker) expect(worker.terminated).toBe(true);
  });
});

describe('the worker’s job', () => {
  it('reads the named database on a connection of its own and closes it', async () => {
    const indexedDB = new IDBFactory();
    const opened: WorkbenchDb[] = [];
    const open = (name: string) => {
      const db = new WorkbenchDb(name, { indexedDB, IDBKeyRange });
      opened.push(db);
      return db;
    };
    await addReport(
      open('arbetsyta'),
      template,
      { year: 2025, organisation: 'Region Dalarna', header: {} },
      testDeps(),
    );
    const reply = await runBackupJob({ dbName: 'arbetsyta', createdAt: NOW.toISOString(), appVersion: '0.1.0' }, open);
    if (!reply.ok) throw new Error(reply.message);
    expect(await reportsIn(reply.bytes)).toEqual(['Region Dalarna']);
    expect(opened.map((db) => db.isOpen())).toEqual([true, false]);
  });

  it('answers with the problem instead of throwing when the database cannot be read', async () => {
    const reply = await runBackupJob({ dbName: 'x', createdAt: NOW.toISOString(), appVersion: '0.1.0' }, () => {
      throw new Error('IndexedDB saknas');
    });
    expect(reply).toEqual({ ok: false, message: 'IndexedDB saknas' });
  });
});
