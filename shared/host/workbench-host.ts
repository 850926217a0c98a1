import type { AppInfo, FileFilter, InboxListing, OpenedFile, SaveFilesReply, SaveReply } from '../ipc/contract';

export type { AppInfo, FileFilter, InboxListing, OpenedFile, SaveFilesReply, SaveReply };

/** A folder the main process watches for contribution files (desktop only). */
export interface InboxHost {
  /** Lets the user pick the folder; returns its listing (folder null when cancelled and none was set). */
  choose(title: string): Promise<InboxListing>;
  /** The .rvbidrag files now in the folder. */
  list(): Promise<InboxListing>;
  /** One file's bytes, by name. */
  read(name: string): Promise<OpenedFile>;
}

/** The automatic daily backups in the user's documents (desktop only). */
export interface BackupHost {
  /** Writes the day's backup atomically and keeps the newest seven; returns its name and folder. */
  write(day: string, bytes: Uint8Array): Promise<{ name: string; folder: string }>;
  /** The newest backup, or null when there is none. */
  latest(): Promise<OpenedFile | null>;
}

/*
 * The only door from the renderer to the outside world. Electron implements it over
 * IPC (preload verbs), the web build with a file input, a download link and the
 * browser's print; tests use the web host.
 */
export interface WorkbenchHost {
  readonly kind: 'electron' | 'web';
  /** Asks the user for one or more files and returns their names and bytes; [] when cancelled. */
  openFile(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<OpenedFile[]>;
  /** Asks where to save and writes the bytes there. */
  saveBytes(options: { title: string; suggestedName: string; filters: FileFilter[]; bytes: Uint8Array }): Promise<SaveReply>;
  /** Prints the current window to PDF (Electron) or opens the print dialog (web). */
  printToPdf(options: { title: string; suggestedName: string }): Promise<SaveReply>;
  /** Asks for a folder (desktop) and writes all the files there; the browser downloads them one by one. */
  saveFiles(options: { title: string; files: { name: string; bytes: Uint8Array }[] }): Promise<SaveFilesReply>;
  /** The current window printed to PDF bytes, where the platform can (the desktop app); undefined in the browser. */
  readonly renderPdf?: () => Promise<Uint8Array>;
  /** Name, version and runtime of the app. */
  appInfo(): Promise<AppInfo>;
  /** Automatic backups to a folder, where the platform has one (the desktop app); undefined in the browser. */
  readonly backups?: BackupHost;
  /** The watched inbox folder, where the platform has one (the desktop app); undefined in the browser. */
  readonly inbox?: InboxHost;
}
