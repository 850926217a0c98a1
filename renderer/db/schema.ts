import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Answer, ImageMeta, Report, Snapshot } from '../../shared/report/report-schema';

/*
 * The one Dexie schema of the app. A shipped version is never edited: a change of
 * stores or indexes is a new `this.version(n + 1)` below the others, with an upgrade
 * function when records must change shape.
 */

export interface StoredImage extends ImageMeta {
  blob: Blob;
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

  constructor(name = DB_NAME, options: DexieOptions = {}) {
    // Strict durability: a committed autosave survives a power cut, not only a crash.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      reports: 'id, updatedAt, deletedAt',
      answers: '[reportId+questionId], reportId',
      snapshots: '++id, [reportId+questionId], reportId',
      images: 'id, reportId',
      settings: 'key',
    });
  }
}
