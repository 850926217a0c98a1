import type { AppInfo, FileFilter, OpenedFile, SaveReply } from '../ipc/contract';

export type { AppInfo, FileFilter, OpenedFile, SaveReply };

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
  /** Name, version and runtime of the app. */
  appInfo(): Promise<AppInfo>;
}
