import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Workspace } from '../../shared/files/workspace-schema';
import type { Assignment, Contribution, Department, ImportLogEntry } from '../../shared/report/organisation-schema';
import { DEFAULT_DEPARTMENTS } from '../../shared/report/organisation-schema';
import type { Answer, ImageMeta, Report, Snapshot } from '../../shared/report/report-schema';
import type { MergeRecord } from '../../shared/report/merge-record';
import type { TrustedKey } from '../../shared/signing/trusted-keys';
import { legacyRecords } from '../../shared/merge/legacy-state';
import type { Manifest } from '../../shared/signing/manifest';
import type { StoredComment } from '../../shared/review/comment-schema';

/*
 * The one Dexie schema of the app. A shipped version is never edited: a change of
 * stores or indexes is a new `this.version(n + 1)` below the others, with an upgrade
 * function when records must change shape.
 */

export interface StoredImage extends ImageMeta {
  blob: Blob;
}

/** This computer's signing key: WebCrypto keys are stored as they are; the private one never leaves. */
export interface StoredSigningKey {
  id: string;
  keys: CryptoKeyPair;
  keyId: string;
  createdAt: string;
}

/** A signature made on this computer; voidedAt is set when the report is reopened for changes. */
export interface SignatureRecord {
  id: string;
  reportId: string;
  manifest: Manifest;
  voidedAt: string | null;
}

/** A signer's key this computer trusts: whose it is, and who added it when. */
export interface StoredTrustedKey extends TrustedKey {
  addedAt: string;
  addedBy: string;
}

/** A template read from a Word file or a template file, or carried in by a report file or backup. */
export interface StoredTemplateRecord {
  id: string;
  version: number;
  /** The template itself, checked with templateSchema when read back. */
  template: unknown;
  /** The file it came from ("mall-2026.docx", "rapport.rvrapport"). */
  source: string;
  addedAt: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'rapportverkstad';

export class WorkbenchDb extends Dexie {
  reports!: Table<Report, string>;
  answers!: Table<Answer, [string, string]>;
  snapshots!: Table<Snapshot, number>;
  images!: Table<StoredImage, string>;
  settings!: Table<Setting, string>;
  departments!: Table<Department, string>;
  assignments!: Table<Assignment, [string, string]>;
  contributions!: Table<Contribution, string>;
  importLog!: Table<ImportLogEntry, number>;
  workspaces!: Table<Workspace, string>;
  signingKeys!: Table<StoredSigningKey, string>;
  signatures!: Table<SignatureRecord, string>;
  mergeRecords!: Table<MergeRecord, [string, string, string]>;
  trustedKeys!: Table<StoredTrustedKey, string>;
  comments!: Table<StoredComment, [string, string]>;
  templates!: Table<StoredTemplateRecord, [string, number]>;

  private twin: WorkbenchDb | undefined;

  constructor(
    name = DB_NAME,
    private readonly openOptions: DexieOptions = {},
  ) {
    // Strict durability: a committed autosave survives a power cut, not only a crash.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled', ...openOptions });
    // The app reads the database when a screen opens and never through liveQuery, so the
    // bookkeeping that serves liveQuery (which key ranges each write touched, a query cache)
    // is dropped: it cost an autosave of 30 answers about a third of its time. A screen that
    // wants liveQuery must put these two back.
    this.unuse({ stack: 'dbcore', name: 'Observability' });
    this.unuse({ stack: 'dbcore', name: 'Cache' });
    this.version(1).stores({
      reports: 'id, updatedAt, deletedAt',
      answers: '[reportId+questionId], reportId',
      snapshots: '++id, [reportId+questionId], reportId',
      images: 'id, reportId',
      settings: 'key',
    });
    // Departments, assignments, imported contributions, the import log and the
    // departments' own contribution workspaces. Reports made before get the default
    // department register.
    this.version(2)
      .stores({
        departments: 'id, reportId',
        assignments: '[reportId+departmentId], reportId',
        contributions: 'id, reportId, [reportId+departmentId]',
        importLog: '++id, reportId',
        workspaces: 'id, updatedAt',
      })
      .upgrade(async (tx) => {
        const reports = await tx.table<Report, string>('reports').toArray();
        const departments = reports.flatMap((report) =>
          DEFAULT_DEPARTMENTS.map((name) => ({
            id: crypto.randomUUID(),
            reportId: report.id,
            name,
            contactName: '',
            contactEmail: '',
            createdAt: report.createdAt,
          })),
        );
        await tx.table<Department, string>('departments').bulkAdd(departments);
      });
    // Signing: this computer's Ed25519 key (private half not extractable) and every
    // signature made, kept also after it is voided by reopening the report.
    this.version(3).stores({
      signingKeys: 'id',
      signatures: 'id, reportId',
    });
    // Merge records: per answer and department, the revision merged last, its text as the
    // base of the next three-way merge and the links from the department's blocks to the
    // answer's. Answers merged before this version get theirs once from what their text
    // shows (the newest revision its blocks carry); from then on the record decides.
    // Trusted signers: public keys imported from key files, by their full fingerprint;
    // verification names a signer only through one of these (or this computer's own key).
    this.version(4)
      .stores({ mergeRecords: '[reportId+questionId+departmentId], reportId', trustedKeys: 'fingerprint' })
      .upgrade(async (tx) => {
        const contributions = await tx.table<Contribution, string>('contributions').toArray();
        const departments = await tx.table<Department, string>('departments').toArray();
        const records = legacyRecords(
          await tx.table<Answer, [string, string]>('answers').toArray(),
          departments,
          contributions,
        );
        await tx.table<MergeRecord, [string, string, string]>('mergeRecords').bulkAdd(records);
      });
    // Comment threads, per report or contribution workspace (`reportId`); keyed with it,
    // because a report copied under a new id (restore "keep both") keeps its threads' ids.
    // Returns and approvals ride on the assignment records (optional fields, no upgrade).
    this.version(5).stores({ comments: '[reportId+id], reportId' });
    // Templates beside the bundled ones: read from the government's Word file, opened from
    // a template file, or carried in by a report file or backup. Keyed by id and version,
    // because a template corrected under the same id is a new version and the reports
    // written on the old one keep it. Nothing to upgrade: the bundled templates stay files.
    this.version(6).stores({ templates: '[id+version], id' });
  }

  /**
   * A second connection to the same database whose writes survive a crash or a kill but
   * not a power cut (no flush to disk), for autosaves in the middle of typing; the save
   * after the pause goes through the strict connection.
   */
  relaxed(): WorkbenchDb {
    return (this.twin ??= new WorkbenchDb(this.name, { ...this.openOptions, chromeTransactionDurability: 'relaxed' }));
  }
}
