import type { WorkbenchDb } from './schema';

/*
 * Text kept with a report that no question holds: what the Word import could not place,
 * and last year's text of questions a new template dropped. It is a setting per report,
 * shown above the document until the person dismisses it, so nothing read is dropped.
 */

const unplacedKey = (reportId: string) => `ej-placerat:${reportId}`;

/** Keeps the lines with the report (nothing when there are none); call inside the transaction that writes the report. */
export async function keepUnplaced(db: WorkbenchDb, reportId: string, lines: readonly string[]): Promise<void> {
  if (lines.length > 0) await db.settings.put({ key: unplacedKey(reportId), value: [...lines] });
}

/** The text kept with the report that no question holds, if any is still kept. */
export async function unplacedText(db: WorkbenchDb, reportId: string): Promise<string[]> {
  const value = (await db.settings.get(unplacedKey(reportId)))?.value;
  return Array.isArray(value) ? value.filter((line): line is string => typeof line === 'string') : [];
}

/** Forgets the not-placed text once the user has dealt with it. */
export async function dismissUnplaced(db: WorkbenchDb, reportId: string): Promise<void> {
  await db.settings.delete(unplacedKey(reportId));
}
