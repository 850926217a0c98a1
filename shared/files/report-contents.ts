import { canonicalJson } from '../text/canonical-json';
import type { BackupContents } from './backup-format';

/*
 * One report's records out of a whole workspace, a fingerprint that says whether two
 * copies hold the same work, and a copy under new ids. The copy is how a restore keeps
 * what it replaces (the computer's version goes to the trash) and keeps both versions
 * when asked: every id that is a key of its own in the database gets a new one, and every
 * reference to it (images in the text, departments in provenance and conflicts) follows.
 */

/** The records of one report, in the shape of a backup; images as bytes (from a file) or as whatever the store keeps (`I`). */
export type ReportContents<I extends { id: string; reportId: string } = BackupContents['images'][number]> = Omit<
  BackupContents,
  'workspaces' | 'images'
> & { images: I[] };

/** The records that belong to `reportId`. */
export function reportContents(all: BackupContents, reportId: string): ReportContents {
  const mine = <T extends { reportId: string }>(rows: readonly T[]) => rows.filter((r) => r.reportId === reportId);
  return {
    reports: all.reports.filter((r) => r.id === reportId),
    answers: mine(all.answers),
    snapshots: mine(all.snapshots),
    images: mine(all.images),
    departments: mine(all.departments),
    assignments: mine(all.assignments),
    contributions: mine(all.contributions),
    importLog: mine(all.importLog),
    mergeRecords: mine(all.mergeRecords),
    comments: mine(all.comments),
  };
}

/** What the person wrote in a report (metadata, answers, register, assignments), without change times: equal when the work is the same. */
export function reportFingerprint(contents: Omit<ReportContents, 'images'>): string {
  const [report] = contents.reports;
  const { updatedAt: _u, deletedAt: _d, ...meta } = report ?? ({} as NonNullable<typeof report>);
  const byKey = <T>(rows: readonly T[], key: (r: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return canonicalJson({
    meta,
    answers: byKey(contents.answers, (a) => a.questionId).map(({ updatedAt: _t, ...a }) => a),
    departments: byKey(contents.departments, (d) => d.id),
    assignments: byKey(contents.assignments, (a) => a.departmentId).map(({ updatedAt: _t, ...a }) => a),
    contributions: contents.contributions.map((c) => c.id).sort(),
    comments: byKey(contents.comments ?? [], (c) => c.id).map(({ reportId: _r, ...c }) => c),
  } as unknown as Record<string, unknown>);
}

/** Walks JSON, replacing image ids and department ids wherever the text refers to them. */
function remap<T>(value: T, images: ReadonlyMap<string, string>, departments: ReadonlyMap<string, string>): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'imageId' && typeof child === 'string') out[key] = images.get(child) ?? child;
      else if ((key === 'dept' || key === 'departmentId') && typeof child === 'string')
        out[key] = departments.get(child) ?? child;
      else out[key] = walk(child);
    }
    return out;
  };
  return walk(value) as T;
}

/** A copy of one report's records under a new report id, new image, department and contribution ids, with `title` as its title. */
export function copyReportContents<I extends { id: string; reportId: string }>(
  contents: ReportContents<I>,
  title: string,
  deps: { newId: () => string; now: () => Date },
  deletedAt: string | null = null,
): ReportContents<I> {
  const reportId = deps.newId();
  const images = new Map(contents.images.map((i) => [i.id, deps.newId()]));
  const departments = new Map(contents.departments.map((d) => [d.id, deps.newId()]));
  const re = <T extends { reportId: string }>(rows: readonly T[]) =>
    rows.map((r) => ({ ...remap(r, images, departments), reportId }));
  return {
    reports: contents.reports.map((r) => ({
      ...r,
      id: reportId,
      title: title.slice(0, 300),
      deletedAt,
      updatedAt: deps.now().toISOString(),
    })),
    answers: re(contents.answers),
    snapshots: re(contents.snapshots).map(({ id: _id, ...s }) => s),
    images: contents.images.map((i) => ({ ...i, id: images.get(i.id)!, reportId })),
    departments: contents.departments.map((d) => ({ ...d, id: departments.get(d.id)!, reportId })),
    assignments: re(contents.assignments),
    contributions: re(contents.contributions).map((c) => ({ ...c, id: deps.newId() })),
    importLog: re(contents.importLog).map(({ id: _id, ...e }) => e),
    mergeRecords: re(contents.mergeRecords),
    comments: re(contents.comments),
  };
}
