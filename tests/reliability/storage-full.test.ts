import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveAnswers } from '../../renderer/db/answers-repo';
import { addReport, listAnswers } from '../../renderer/db/reports-repo';
import { AutosaveQueue } from '../../renderer/document/autosave-queue';
import type { SaveStatus } from '../../renderer/app/save-status-store';
import { richTextToPlain } from '../../shared/report/rich-text-plain';
import { paragraph, richText, testDeps, text } from '../shared/fixtures';
import { freshDb, template } from '../renderer/db/test-db';
import { recordFigure, runs } from './figures';

/*
 * Item 5: the disk fills up while the user types. The real save (Dexie over
 * fake-indexeddb) fails with QuotaExceededError, or with Dexie's AbortError carrying
 * it, for a few attempts; the user must be told, the text must stay pending, and the
 * first save after space is freed must write exactly the latest text.
 */

const ROUNDS = runs(100, 20);

function quotaError(kind: number): Error {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  if (kind % 2 === 0) return quota;
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
}

describe('storage full (reliability 5)', () => {
  afterEach(() => vi.restoreAllMocks());

  it(`keeps the text and saves it once space is freed, ${ROUNDS} rounds`, { timeout: 300_000 }, async () => {
    let broke = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const db = freshDb();
      const deps = testDeps();
      const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, deps);
      const [first] = await listAnswers(db, report.id);
      const statuses: SaveStatus[] = [];
      // The disk is full for the first few writes: Dexie's own bulkPut fails inside the save transaction.
      let full = 1 + (round % 3);
      const table = (db as unknown as { Table: { prototype: Record<string, (...args: unknown[]) => unknown> } }).Table
        .prototype;
      const bulkPut = table.bulkPut!;
      vi.spyOn(table, 'bulkPut').mockImplementation(function (this: unknown, ...args: unknown[]) {
        if (full > 0) {
          full--;
          return Promise.reject(quotaError(round));
        }
        return bulkPut.apply(this, args);
      });
      const queue = new AutosaveQueue({
        reportId: report.id,
        save: (answers, snapshots, at) => saveAnswers(db, report.id, answers, snapshots, at),
        now: deps.now,
        onStatus: (s) => statuses.push(s),
        initial: await listAnswers(db, report.id),
        latestVersions: [],
        delayMs: 5,
        idleMs: 60_000,
        retryMs: 10,
      });
      queue.start();
      const body = `Text ${round}: ${'ord '.repeat(round % 17)}slut.`;
      queue.markDirty(first!.questionId, () => ({
        ...first!,
        content: richText(paragraph(text(body))),
        updatedAt: deps.now().toISOString(),
      }));
      await queue.flush();
      const told = statuses.some((s) => s.state === 'error' && /fullt/.test(s.message));
      const kept = queue.hasPending;
      // Space is freed: the retries go through.
      for (let i = 0; i < 20 && queue.hasPending; i++) await new Promise((r) => setTimeout(r, 15));
      const saved = richTextToPlain(
        (await listAnswers(db, report.id)).find((a) => a.questionId === first!.questionId)!.content,
      );
      queue.dispose();
      vi.restoreAllMocks();
      if (!told || !kept || saved !== body) broke++;
    }
    recordFigure({
      id: 'storage-full',
      what: 'full disk vid autosparning (QuotaExceededError och AbortError med inre kvotfel)',
      tries: ROUNDS,
      broke,
    });
    expect(broke).toBe(0);
  });
});
