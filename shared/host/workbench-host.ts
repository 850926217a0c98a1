import type {
  AppInfo,
  FileFilter,
  InboxListing,
  IpcReply,
  IpcRequest,
  OpenedFile,
  SaveFilesReply,
  SaveReply,
} from '../ipc/contract';

export type { AppInfo, FileFilter, InboxListing, OpenedFile, SaveFilesReply, SaveReply };

/** A folder the main process watches for contribution files (desktop only). */
export interface InboxHost {
  /** Lets the user pick the folder; returns its listing (folder null when cancelled and none was set). */
  choose(title: IpcRequest<'inboxChoose'>['title']): Promise<IpcReply<'inboxChoose'>>;
  /** The .rvbidrag files now in the folder. */
  list(): Promise<IpcReply<'inboxList'>>;
  /** One file's bytes, by name. */
  read(name: IpcRequest<'inboxRead'>['name']): Promise<IpcReply<'inboxRead'>>;
}

/** The automatic daily backups in the user's documents (desktop only). */
export interface BackupHost {
  /** Writes the day's backup atomically and keeps the newest seven; returns its name and folder. */
  write(
    day: IpcRequest<'backupWrite'>['day'],
    bytes: IpcRequest<'backupWrite'>['bytes'],
  ): Promise<IpcReply<'backupWrite'>>;
  /** The newest backup, or null when there is none. */
  latest(): Promise<IpcReply<'backupLatest'>['file']>;
}

/*
 * The only door from the renderer to the outside world. Its calls take and give what the
 * IPC contract's schemas say (IpcRequest/IpcReply), so the two cannot drift apart. Electron implements it over
 * IPC (preload verbs), the web build with a file input, a download link and the
 * browser's print; tests use the web host.
 */
export interface WorkbenchHost {
  readonly kind: 'electron' | 'web';
  /** Asks the user for one or more files and returns their names and bytes; [] when cancelled. */
  openFile(options: IpcRequest<'openFile'>): Promise<IpcReply<'openFile'>['files']>;
  /** Asks where to save and writes the bytes there. */
  saveBytes(options: IpcRequest<'saveBytes'>): Promise<IpcReply<'saveBytes'>>;
  /** Prints the current window to PDF (Electron) or opens the print dialog (web). */
  printToPdf(options: IpcRequest<'printToPdf'>): Promise<IpcReply<'printToPdf'>>;
  /** Asks for a folder (desktop) and writes all the files there; the browser downloads them one by one. */
  saveFiles(options: IpcRequest<'saveFiles'>): Promise<IpcReply<'saveFiles'>>;
  /** The current window printed to PDF bytes, where the platform can (the desktop app); undefined in the browser. */
  readonly renderPdf?: () => Promise<IpcReply<'renderPdf'>['bytes']>;
  /** Name, version and runtime of the app. */
  appInfo(): Promise<IpcReply<'appInfo'>>;
  /** Automatic backups to a folder, where the platform has one (the desktop app); undefined in the browser. */
  readonly backups?: BackupHost;
  /** The defaults IT deployed to this computer (standard.json), where the platform reads them (the desktop app); undefined in the browser. */
  readonly itDefaults?: () => Promise<IpcReply<'itDefaults'>>;
  /** The watched inbox folder, where the platform has one (the desktop app); undefined in the browser. */
  readonly inbox?: InboxHost;
}
