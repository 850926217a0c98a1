import { MAX_SNAPSHOTS_PER_ANSWER } from '../../shared/report/history-policy';
import { answerSchema, isPinned, snapshotSchema, type Answer, type Snapshot } from '../../shared/report/report-schema';
import { checkRecord } from './record-check';
import type { WorkbenchDb } from './schema';

/*
 * Autosave's one write: every dirty answer of a report, the versions due for them and
 * the report's change time, all in a single transaction, so a crash leaves either the
 * old or the new state of every answer, never a mix.
 */

export interface SaveOptions {
  /** Also stamp the report's change time (the report list shows it to the minute). Default true. */
  touchReport?: boolean;
  /** Receives how long the transaction itself took, for the bench. */
  onTransactionTime?: (ms: number) => void;
}

/** Saves answers (and any history versions taken with them) of one report in one transaction, after checking every record. */
export async function saveAnswers(
  db: WorkbenchDb,
  reportId: string,
  answers: Answer[],
  snapshots: Snapshot[],
  savedAt: string,
  options: SaveOptions = {},
): Promise<void> {
  const checked = answers.map((answer) => answerSchema.parse(answer));
  const versions = snapshots.map((snapshot) => snapshotSchema.parse(snapshot));
  if (checked.some((a) => a.reportId !== reportId) || versions.some((s) => s.reportId !== reportId)) {
    throw new Error('Svar från flera rapporter i samma sparning.');
  }
  const start = performance.now();
  await db.transaction('rw', db.answers, db.snapshots, db.reports, async () => {
    await db.answers.bulkPut(checked);
    if (versions.length > 0) {
      await db.snapshots.bulkAdd(versions);
      for (const questionId of new Set(versions.map((v) => v.questionId)))
        await pruneVersions(db, reportId, questionId);
    }
    if (options.touchReport ?? true) await db.reports.update(reportId, { updatedAt: savedAt });
  });
  options.onTransactionTime?.(performance.now() - start);
}

// Comparison points (last year's text, the signed text) are never pruned and do not count.
async function pruneVersions(db: WorkbenchDb, reportId: string, questionId: string): Promise<void> {
  const range = db.snapshots.where('[reportId+questionId]').equals([reportId, questionId]);
  // Counting keys is cheap; the versions themselves are read only when there are too many.
  if ((await range.primaryKeys()).length <= MAX_SNAPSHOTS_PER_ANSWER) return;
  const keys = (await range.toArray()).filter((v) => !isPinned(v.reason)).map((v) => v.id!);
  const surplus = keys.length - MAX_SNAPSHOTS_PER_ANSWER;
  if (surplus > 0) await db.snapshots.bulkDelete(keys.sort((a, b) => a - b).slice(0, surplus));
}

/** The history of one answer, newest first. */
export async function listVersions(db: WorkbenchDb, reportId: string, questionId: string): Promise<Snapshot[]> {
  const records = await db.snapshots.where('[reportId+questionId]').equals([reportId, questionId]).toArray();
  return records
    .map((s) => checkRecord(snapshotSchema, s, `En version av svar ${questionId}`))
    .sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
}

/** The newest version of every answer of a report (or workspace) that has one. */
export async function listLatestVersions(db: WorkbenchDb, ownerId: string): Promise<Snapshot[]> {
  const all = await db.snapshots.where('reportId').equals(ownerId).toArray();
  const newest = new Map<string, Snapshot>();
  for (const version of all) {
    const seen = newest.get(version.questionId);
    if (!seen || (version.id ?? 0) > (seen.id ?? 0)) newest.set(version.questionId, version);
  }
  return [...newest.values()].map((s) => checkRecord(snapshotSchema, s, `En version av svar ${s.questionId}`));
}
