import { app, BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import type { IpcHandlers } from '../ipc/ipc-main';
import { writeFileAtomic } from './atomic-write';
import type { BackupFolder } from './backup-folder';
import type { Inbox } from './inbox';
import { PDF_OPTIONS } from './pdf-options';
import type { ItDefaultsReply } from '../../shared/settings/it-defaults';

/*
 * The Electron side of the WorkbenchHost: native dialogs, file reads and writes, and
 * printing to PDF. Requests arrive here already validated by the IPC wrapper.
 */

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow {
  const window = BrowserWindow.fromWebContents(event.sender);
  if (!window) throw new Error('Fönstret som frågade finns inte längre.');
  return window;
}

async function readChosenFile(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${basename(path)} är inte en fil.`);
  if (info.size > MAX_FILE_BYTES) throw new Error(`${basename(path)} är större än 50 MB.`);
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}

async function askAndWrite(
  event: IpcMainInvokeEvent,
  options: { title: string; suggestedName: string; filters: { name: string; extensions: string[] }[] },
  produce: () => Promise<Uint8Array>,
): Promise<{ saved: boolean; fileName?: string }> {
  const choice = await dialog.showSaveDialog(ownerWindow(event), {
    title: options.title,
    defaultPath: options.suggestedName,
    filters: options.filters,
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFileAtomic(choice.filePath, await produce());
  return { saved: true, fileName: basename(choice.filePath) };
}

/** The asking window printed as a tagged A4 PDF with page numbers ("3 (14)") in the footer. */
async function pdfOf(event: IpcMainInvokeEvent): Promise<Uint8Array> {
  return new Uint8Array(await event.sender.printToPDF(PDF_OPTIONS));
}

/** The handler for every IPC verb of the contract. */
export function createHostHandlers(inbox: Inbox, backups: BackupFolder, itDefaults: ItDefaultsReply): IpcHandlers {
  return {
    itDefaults: () => itDefaults,
    async openFile(request, event) {
      const choice = await dialog.showOpenDialog(ownerWindow(event), {
        title: request.title,
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (choice.canceled) return { files: [] };
      return { files: await Promise.all(choice.filePaths.map(readChosenFile)) };
    },
    saveBytes: (request, event) => askAndWrite(event, request, () => Promise.resolve(request.bytes)),
    printToPdf: (request, event) =>
      askAndWrite(event, { ...request, filters: [{ name: 'PDF', extensions: ['pdf'] }] }, () => pdfOf(event)),
    renderPdf: async (_request, event) => ({ bytes: await pdfOf(event) }),
    async saveFiles(request, event) {
      const choice = await dialog.showOpenDialog(ownerWindow(event), {
        title: request.title,
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return { saved: false };
      // Names were checked by the contract (no path parts), so each file lands inside the chosen folder.
      for (const file of request.files) await writeFileAtomic(join(folder, file.name), file.bytes);
      return { saved: true, folder };
    },
    async inboxChoose(request, event) {
      const choice = await dialog.showOpenDialog(ownerWindow(event), {
        title: request.title,
        properties: ['openDirectory'],
      });
      if (!choice.canceled && choice.filePaths[0]) await inbox.setFolder(choice.filePaths[0]);
      return inbox.list();
    },
    backupWrite: async (request) => ({ name: await backups.write(request.bytes, request.day), folder: backups.folder }),
    backupLatest: async () => ({ file: await backups.latest() }),
    inboxList: () => inbox.list(),
    inboxRead: (request) => inbox.read(request.name),
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron' as const,
      runtimeVersion: process.versions.electron ?? 'okänd',
    }),
  };
}
