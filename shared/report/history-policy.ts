import type { SnapshotReason } from './report-schema';

/*
 * When an answer's history gets a new version: after a pause in typing, or at once when
 * the text has moved far from the last version (a paste, a deletion). Unchanged text
 * never makes a version.
 */

/** A pause this long after the last change makes a version. */
export const SNAPSHOT_IDLE_MS = 20_000;
/** This many changed characters since the last version make one at once. */
export const LARGE_CHANGE_CHARS = 200;
/** Versions kept per answer; older ones are pruned. */
export const MAX_SNAPSHOTS_PER_ANSWER = 50;

/** Characters that differ between two texts, outside their common start and end. */
export function changedCharacters(before: string, after: string): number {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return Math.max(before.length, after.length) - start - end;
}

/** Why a version should be taken now, or null when none is due. `lastVersionKey` is null when there is no version yet. */
export function snapshotReason(
  lastVersionKey: string | null,
  currentKey: string,
  lastText: string,
  currentText: string,
  idle: boolean,
): SnapshotReason | null {
  if (lastVersionKey === currentKey) return null;
  if (changedCharacters(lastText, currentText) >= LARGE_CHANGE_CHARS) return 'stor-andring';
  return idle ? 'paus' : null;
}
