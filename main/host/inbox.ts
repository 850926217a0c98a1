import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_FILE_BYTES, type InboxFile, type InboxListing } from '../../shared/ipc/contract';

/*
 * The coordinator's inbox: a folder (often one synced from the organisation's file
 * share) where departments' .rvbidrag files land. The main process watches it and keeps
 * the listing; the renderer asks for the listing and for a file's bytes by name, and
 * imports only on the user's click. Only the folder the user chose in the native dialog
 * is ever read, and only plain .rvbidrag files directly inside it.
 */

const EXTENSION = '.rvbidrag';
const MAX_FILES = 500;

export class Inbox {
  private folder: string | null = null;
  private watcher: FSWatcher | null = null;
  private listing: InboxFile[] = [];
  private refreshing: Promise<void> = Promise.resolve();

  constructor(private readonly saveFolder: (folder: string | null) => Promise<void> = async () => {}) {}

  /** Starts watching a folder (or stops, with null); the choice is saved for the next start. */
  async setFolder(folder: string | null): Promise<void> {
    this.watcher?.close();
    this.watcher = null;
    this.folder = folder;
    this.listing = [];
    await this.saveFolder(folder);
    if (!folder) return;
    try {
      this.watcher = watch(folder, () => void this.refresh());
      this.watcher.on('error', () => void this.refresh());
    } catch {
      // Some network folders cannot be watched; the listing is still refreshed on every request.
    }
    await this.refresh();
  }

  /** The folder and its .rvbidrag files, newest first. */
  async list(): Promise<InboxListing> {
    await this.refresh();
    return { folder: this.folder, files: this.listing };
  }

  /** Reads one file of the listing by name. */
  async read(name: string): Promise<{ name: string; bytes: Uint8Array }> {
    if (!this.folder) throw new Error('Ingen inkorgsmapp är vald.');
    if (basename(name) !== name || !name.toLowerCase().endsWith(EXTENSION))
      throw new Error(`${name} är ingen bidragsfil i inkorgen.`);
    const path = join(this.folder, name);
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${name} är ingen fil.`);
    if (info.size > MAX_FILE_BYTES) throw new Error(`${name} är större än 50 MB.`);
    return { name, bytes: new Uint8Array(await readFile(path)) };
  }

  /** Stops watching. */
  close(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  private refresh(): Promise<void> {
    this.refreshing = this.refreshing.then(async () => {
      const folder = this.folder;
      if (!folder) return;
      try {
        const entries = await readdir(folder, { withFileTypes: true });
        const files = await Promise.all(
          entries
            .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(EXTENSION))
            .slice(0, MAX_FILES)
            .map(async (entry) => {
              const info = await stat(join(folder, entry.name));
              return { name: entry.name, size: info.size, modifiedAt: info.mtime.toISOString() };
            }),
        );
        if (folder === this.folder) this.listing = files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
      } catch {
        if (folder === this.folder) this.listing = [];
      }
    });
    return this.refreshing;
  }
}
