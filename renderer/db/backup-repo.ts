import { parseBackup, serializeBackup, type BackupContents } from '../../shared/files/backup-format';
import {
  copyReportContents,
  reportContents,
  reportFingerprint,
  type ReportContents,
} from '../../shared/files/report-contents';
import type { Report } from '../../shared/report/report-schema';
import type { StoredImage, WorkbenchDb } from './schema';
import { keepCarriedTemplate, listStoredTemplates } from './templates-repo';

/*
 * Whole-workspace backup: every report, answer, version and image out to one file, and
 * back in. Reading the file is fully checked before the single write transaction.
 */

/** Reads the whole workspace out of the database. */
export async function readWorkspace(db: WorkbenchDb): Promise<BackupContents> {
  const tables = [
    db.reports,
    db.answers,
    db.snapshots,
    db.images,
    db.departments,
    db.assignments,
    db.contributions,
    db.importLog,
    db.workspaces,
    db.mergeRecords,
    db.comments,
  ];
  const contents = await db.transaction('r', tables, async () => ({
    reports: await db.reports.toArray(),
    answers: await db.answers.toArray(),
    snapshots: await db.snapshots.toArray(),
    images: await db.images.toArray(),
    departments: await db.departments.toArray(),
    assignments: await db.assignments.toArray(),
    contributions: await db.contributions.toArray(),
    importLog: await db.importLog.toArray(),
    workspaces: await db.workspaces.toArray(),
    mergeRecords: await db.mergeRecords.toArray(),
    comments: await db.comments.toArray(),
  }));
  // Blob reads are not IndexedDB requests, so they happen after the read transaction.
  const images = await Promise.all(
    contents.images.map(async ({ blob, ...meta }) => ({ ...meta, bytes: new Uint8Array(await blob.arrayBuffer()) })),
  );
  return { ...contents, images, templates: (await listStoredTemplates(db)).templates };
}

/** The backup file's bytes for the whole workspace. */
export async function exportBackup(db: WorkbenchDb, now: Date, appVersion: string): Promise<Uint8Array> {
  return serializeBackup(await readWorkspace(db), now, appVersion);
}

/** How a report of the backup stands against the computer's copy. */
export interface RestorePlanItem {
  reportId: string;
  /** "Organisation år – titel", to name it in the choice and the summary. */
  name: string;
  /** new: only in the backup; same: the same work on both; changed: the computer's copy differs from the backup's. */
  state: 'new' | 'same' | 'changed';
  localUpdatedAt: string | null;
  backupUpdatedAt: string;
}

/** For a changed report: keep the computer's, take the backup's (the computer's goes to the trash first), or keep both. */
export type RestoreChoice = 'keep-local' | 'take-backup' | 'keep-both';

export interface RestorePlan {
  fileName: string;
  workspace: BackupContents;
  items: RestorePlanItem[];
}

export interface RestoreOutcome {
  name: string;
  outcome: 'added' | 'unchanged' | 'kept-local' | 'replaced' | 'kept-both';
}

export interface RestoreSummary {
  reports: number;
  replaced: number;
  answers: number;
  outcomes: RestoreOutcome[];
}

const nameOf = (report: Report) => `${report.organisation} ${report.year} – ${report.title}`;

/** Reads and checks a backup file and compares each of its reports with the computer's; writes nothing. */
export async function planRestore(db: WorkbenchDb, bytes: Uint8Array, fileName: string): Promise<RestorePlan> {
  return planRestoreContents(db, parseBackup(bytes, fileName), fileName);
}

/** Compares checked records (a backup's, or a report file's) with the computer's, report by report; writes nothing. */
export async function planRestoreContents(
  db: WorkbenchDb,
  workspace: BackupContents,
  fileName: string,
): Promise<RestorePlan> {
  const local = await readWorkspace(db);
  const items = workspace.reports.map((report): RestorePlanItem => {
    const mine = local.reports.find((r) => r.id === report.id);
    const same =
      mine !== undefined &&
      reportFingerprint(reportContents(local, report.id)) === reportFingerprint(reportContents(workspace, report.id));
    return {
      reportId: report.id,
      name: nameOf(report),
      state: !mine ? 'new' : same ? 'same' : 'changed',
      localUpdatedAt: mine?.updatedAt ?? null,
      backupUpdatedAt: report.updatedAt,
    };
  });
  return { fileName, workspace, items };
}

type AnyImage = ReportContents['images'][number] | StoredImage;

async function writeContents(db: WorkbenchDb, contents: ReportContents<AnyImage>): Promise<void> {
  await db.reports.bulkPut(contents.reports);
  await db.departments.bulkPut(contents.departments);
  await db.assignments.bulkPut(contents.assignments);
  await db.contributions.bulkPut(contents.contributions);
  await db.importLog.bulkAdd(contents.importLog.map(({ id: _id, ...entry }) => entry));
  await db.answers.bulkPut(contents.answers);
  await db.mergeRecords.bulkPut(contents.mergeRecords);
  await db.comments.bulkPut(contents.comments);
  // Version ids are per database: take new ones so another report's history is never overwritten.
  const versions = [...contents.snapshots].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  await db.snapshots.bulkAdd(versions.map(({ id: _id, ...version }) => version));
  await db.images.bulkPut(
    contents.images.map((image) => {
      if ('blob' in image) return image;
      const { bytes: data, ...meta } = image;
      return { ...meta, blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: meta.mimeType }) };
    }),
  );
}

async function deleteReportRecords(db: WorkbenchDb, id: string): Promise<void> {
  await db.reports.delete(id);
  for (const table of [
    db.answers,
    db.snapshots,
    db.images,
    db.departments,
    db.assignments,
    db.contributions,
    db.importLog,
    db.mergeRecords,
    db.comments,
  ])
    await table.where('reportId').equals(id).delete();
}

/**
 * Writes a checked backup in one transaction, report by report: one only in the backup
 * is added, one with the same work on both is left alone, and one the computer has
 * changed is handled as the person chose (by default the computer's is kept). Taking
 * the backup's first puts the computer's version in the trash, under new ids, where it
 * can be brought back; "keep both" adds the backup's as a copy. Contribution workspaces
 * are added when missing and otherwise left as the computer has them.
 */
export async function restoreBackup(
  db: WorkbenchDb,
  bytes: Uint8Array | RestorePlan,
  fileName: string,
  choices: Readonly<Record<string, RestoreChoice>> = {},
  deps: { newId: () => string; now: () => Date } = { newId: () => crypto.randomUUID(), now: () => new Date() },
): Promise<RestoreSummary> {
  const plan = bytes instanceof Uint8Array ? await planRestore(db, bytes, fileName) : bytes;
  const { workspace } = plan;
  const stamp = deps.now().toISOString().slice(0, 16).replace('T', ' ');
  return db.transaction(
    'rw',
    [
      db.reports,
      db.answers,
      db.snapshots,
      db.images,
      db.departments,
      db.assignments,
      db.contributions,
      db.importLog,
      db.workspaces,
      db.mergeRecords,
      db.comments,
      db.templates,
    ],
    async () => {
      // The templates first: a report written on one must find it once it is in.
      for (const template of workspace.templates ?? []) await keepCarriedTemplate(db, template, fileName, deps.now());
      // Compared again inside the transaction: the computer's copy may have changed since the plan was made.
      const local = await readLocal(
        db,
        plan.items.map((i) => i.reportId),
      );
      const outcomes: RestoreOutcome[] = [];
      let replaced = 0;
      let answers = 0;
      for (const item of plan.items) {
        const theirs = reportContents(workspace, item.reportId);
        const mine = local.get(item.reportId);
        if (!mine) {
          await writeContents(db, theirs);
          answers += theirs.answers.length;
          outcomes.push({ name: item.name, outcome: 'added' });
        } else if (reportFingerprint(mine) === reportFingerprint(theirs)) {
          outcomes.push({ name: item.name, outcome: 'unchanged' });
        } else {
          const choice = choices[item.reportId] ?? 'keep-local';
          if (choice === 'keep-local') {
            outcomes.push({ name: item.name, outcome: 'kept-local' });
          } else if (choice === 'take-backup') {
            const title = `${mine.reports[0]!.title} (datorns version före återställningen ${stamp})`;
            await writeContents(db, copyReportContents(mine, title, deps, deps.now().toISOString()));
            await deleteReportRecords(db, item.reportId);
            await writeContents(db, theirs);
            answers += theirs.answers.length;
            replaced++;
            outcomes.push({ name: item.name, outcome: 'replaced' });
          } else {
            await writeContents(
              db,
              copyReportContents(theirs, `${theirs.reports[0]!.title} (från säkerhetskopian)`, deps),
            );
            answers += theirs.answers.length;
            outcomes.push({ name: item.name, outcome: 'kept-both' });
          }
        }
      }
      for (const space of workspace.workspaces) {
        if (await db.workspaces.get(space.id)) continue;
        await db.workspaces.put(space);
        const spaceAnswers = workspace.answers.filter((a) => a.reportId === space.id);
        await db.answers.bulkPut(spaceAnswers);
        await db.comments.bulkPut(workspace.comments.filter((c) => c.reportId === space.id));
        answers += spaceAnswers.length;
        await db.snapshots.bulkAdd(
          workspace.snapshots.filter((v) => v.reportId === space.id).map(({ id: _id, ...v }) => v),
        );
        await db.images.bulkPut(
          workspace.images
            .filter((i) => i.reportId === space.id)
            .map(({ bytes: data, ...meta }) => ({
              ...meta,
              blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: meta.mimeType }),
            })),
        );
      }
      return { reports: workspace.reports.length, replaced, answers, outcomes };
    },
  );
}

/** The computer's records of the given reports, inside the caller's transaction (images stay blobs: reading one is no IndexedDB request and would end it). */
async function readLocal(db: WorkbenchDb, ids: string[]): Promise<Map<string, ReportContents<StoredImage>>> {
  const out = new Map<string, ReportContents<StoredImage>>();
  for (const id of ids) {
    const report = await db.reports.get(id);
    if (!report) continue;
    out.set(id, {
      reports: [report],
      answers: await db.answers.where('reportId').equals(id).toArray(),
      snapshots: await db.snapshots.where('reportId').equals(id).toArray(),
      images: await db.images.where('reportId').equals(id).toArray(),
      departments: await db.departments.where('reportId').equals(id).toArray(),
      assignments: await db.assignments.where('reportId').equals(id).toArray(),
      contributions: await db.contributions.where('reportId').equals(id).toArray(),
      importLog: await db.importLog.where('reportId').equals(id).toArray(),
      mergeRecords: await db.mergeRecords.where('reportId').equals(id).toArray(),
      comments: await db.comments.where('reportId').equals(id).toArray(),
    });
  }
  return out;
}
