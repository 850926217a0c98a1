import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

/*
 * The automatic daily backups: one file per day in a folder in the user's documents,
 * written atomically (temp file, flush, rename), the newest seven kept.
 */

export const KEEP_BACKUPS = 7;
const NAME = /^rapportverkstad-(\d{4}-\d{2}-\d{2})\.rvbackup$/;
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** A folder of dated backups. */
export class BackupFolder {
  constructor(readonly folder: string) {}

  private async names(): Promise<string[]> {
    try {
      return (await readdir(this.folder)).filter((name) => NAME.test(name)).sort();
    } catch {
      return [];
    }
  }

  /** Writes today's backup (replacing an earlier one from the same day) and removes all but the newest seven. */
  async write(bytes: Uint8Array, day: string): Promise<string> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`ogiltigt datum: ${day}`);
    await mkdir(this.folder, { recursive: true });
    const name = `rapportverkstad-${day}.rvbackup`;
    await writeFileAtomic(join(this.folder, name), bytes);
    const names = await this.names();
    for (const old of names.slice(0, Math.max(0, names.length - KEEP_BACKUPS)))
      await rm(join(this.folder, old), { force: true });
    return name;
  }

  /** The newest backup's name and bytes, or null when there is none. */
  async latest(): Promise<{ name: string; bytes: Uint8Array } | null> {
    const newest = (await this.names()).at(-1);
    if (!newest) return null;
    const path = join(this.folder, newest);
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${newest} är ingen fil.`);
    if (info.size > MAX_BACKUP_BYTES) throw new Error(`${newest} är större än 200 MB.`);
    return { name: newest, bytes: new Uint8Array(await readFile(path)) };
  }
}
