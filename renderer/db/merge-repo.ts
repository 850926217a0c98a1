import { answerSchema, snapshotSchema, type Answer, type Snapshot } from '../../shared/report/report-schema';
import { mergeRecordSchema, startingState, type MergeRecord } from '../../shared/report/merge-record';
import { checkRecord } from './record-check';
import type { WorkbenchDb } from './schema';

/*
 * Merge records next to the answers they describe. A merge writes the merged answers and
 * their records in one transaction, so the record never says a revision was merged that
 * the text does not hold (or the other way round). What was there before is returned,
 * so the same one write can undo it.
 */

/** A record's identity and version: every write of a record stamps a new `updatedAt`. */
export function recordVersionKey(r: Pick<MergeRecord, 'questionId' | 'departmentId' | 'updatedAt'>): string {
  return `${r.questionId}/${r.departmentId}/${r.updatedAt}`;
}

/**
 * Every merge record of a report. A record in `known` (the last list read, by
 * `recordVersionKey`) that has not been written since is given as that same object, so a
 * screen that reads the records after every merge holds one copy of the unchanged ones.
 */
export async function listMergeRecords(
  db: WorkbenchDb,
  reportId: string,
  known: ReadonlyMap<string, MergeRecord> = new Map(),
): Promise<MergeRecord[]> {
  const records = await db.mergeRecords.where('reportId').equals(reportId).toArray();
  return records.map(
    (r) =>
      known.get(recordVersionKey(r)) ??
      checkRecord(mergeRecordSchema, r, `Sammanfogningsunderlaget för ${r.questionId}`),
  );
}

/** What a merge changed, to write or to put back. */
export interface MergeWrite {
  answers: Answer[];
  records: MergeRecord[];
  /** Keys of records that did not exist before (removed again on undo). */
  removeRecords?: [string, string, string][];
  /** History versions of the answers as they were before the merge ("före sammanfogning av Folkhälsa v2"). */
  versions?: Snapshot[];
}

/** What undoes a merge's records: the records as they were, and the ones it added. */
export type MergeUndo = Required<Pick<MergeWrite, 'records' | 'removeRecords'>>;

/**
 * Writes merged answers and their records in one transaction; returns what undoes the
 * records. The answers as they were are the caller's to keep: it has them from the
 * editors, which may hold typing the autosave has not written yet.
 */
export async function writeMerge(db: WorkbenchDb, reportId: string, write: MergeWrite): Promise<MergeUndo> {
  const answers = write.answers.map((a) => answerSchema.parse(a));
  const records = write.records.map((r) => mergeRecordSchema.parse(r));
  if ([...answers, ...records].some((r) => r.reportId !== reportId))
    throw new Error('Sammanfogning i flera rapporter på en gång.');
  const versions = (write.versions ?? []).map((v) => snapshotSchema.parse(v));
  return db.transaction('rw', [db.answers, db.mergeRecords, db.reports, db.snapshots], async () => {
    const report = await db.reports.get(reportId);
    if (!report || report.status === 'signerad')
      throw new Error('Rapporten är signerad: öppna den för ändringar innan bidrag sammanfogas.');
    const keys = records.map((r): [string, string, string] => [r.reportId, r.questionId, r.departmentId]);
    const before = (await db.mergeRecords.bulkGet(keys)).filter((r): r is MergeRecord => r !== undefined);
    const fresh = keys.filter(
      (_, i) =>
        !before.some((r) => r.questionId === records[i]!.questionId && r.departmentId === records[i]!.departmentId),
    );
    if (write.removeRecords?.length) await db.mergeRecords.bulkDelete(write.removeRecords);
    await db.answers.bulkPut(answers);
    await db.mergeRecords.bulkPut(records);
    await db.snapshots.bulkAdd(versions);
    return { records: before, removeRecords: fresh };
  });
}

/**
 * Records the starting texts sent to a department with its assignment (revision 0), so
 * its first revision is merged three ways against them instead of being inserted next to
 * the same text. A question the department has already been merged into keeps its record.
 */
export async function recordStartingPoints(
  db: WorkbenchDb,
  reportId: string,
  departmentId: string,
  answers: readonly Answer[],
  now: string,
): Promise<void> {
  await db.transaction('rw', db.mergeRecords, async () => {
    for (const answer of answers) {
      const existing = await db.mergeRecords.get([reportId, answer.questionId, departmentId]);
      if (existing && existing.revision > 0) continue;
      const state = startingState({ content: answer.content, choice: answer.choice, basis: answer.basis });
      await db.mergeRecords.put(
        mergeRecordSchema.parse({ reportId, questionId: answer.questionId, departmentId, ...state, updatedAt: now }),
      );
    }
  });
}
