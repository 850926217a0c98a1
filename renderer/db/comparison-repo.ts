import { isPinned, snapshotSchema, type PinnedReason, type Snapshot } from '../../shared/report/report-schema';
import { checkRecord } from './record-check';
import type { WorkbenchDb } from './schema';

/*
 * Comparison points of a report: the pinned versions kept with it (last year's text, the
 * text read from a Word file, the text as signed). A point is one kind at its newest:
 * each question's newest version of that kind.
 */

export interface ComparisonPoint {
  reason: PinnedReason;
  /** Last year's year, the Word file's name. */
  label: string | undefined;
  createdAt: string;
}

const ORDER: readonly PinnedReason[] = ['forra-aret', 'word-import', 'signerad'];

async function pinnedVersions(db: WorkbenchDb, reportId: string): Promise<Snapshot[]> {
  const all = await db.snapshots
    .where('reportId')
    .equals(reportId)
    .filter((s) => isPinned(s.reason))
    .toArray();
  return all.map((s) => checkRecord(snapshotSchema, s, `En jämförelsetext för svar ${s.questionId}`));
}

/** The report's comparison points, one per kind, in a fixed order. */
export async function listComparisonPoints(db: WorkbenchDb, reportId: string): Promise<ComparisonPoint[]> {
  const newest = new Map<PinnedReason, Snapshot>();
  for (const version of await pinnedVersions(db, reportId)) {
    const reason = version.reason as PinnedReason;
    const seen = newest.get(reason);
    if (!seen || version.createdAt > seen.createdAt) newest.set(reason, version);
  }
  return ORDER.filter((r) => newest.has(r)).map((reason) => ({
    reason,
    label: newest.get(reason)!.label,
    createdAt: newest.get(reason)!.createdAt,
  }));
}

/** Each question's text at a comparison point (its newest version of that kind). */
export async function comparisonTexts(
  db: WorkbenchDb,
  reportId: string,
  reason: PinnedReason,
): Promise<Map<string, Snapshot>> {
  const texts = new Map<string, Snapshot>();
  for (const version of await pinnedVersions(db, reportId)) {
    if (version.reason !== reason) continue;
    const seen = texts.get(version.questionId);
    if (
      !seen ||
      version.createdAt > seen.createdAt ||
      (version.createdAt === seen.createdAt && (version.id ?? 0) > (seen.id ?? 0))
    )
      texts.set(version.questionId, version);
  }
  return texts;
}
