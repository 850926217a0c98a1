import { MAX_FILE_BYTES, type FileFilter } from '../../shared/ipc/contract';
import type { OpenedFile, WorkbenchHost } from '../../shared/host/workbench-host';

/*
 * The WorkbenchHost of the plain browser build: a file input to open, a download link
 * to save and the browser's print dialog for PDF. It lets the same renderer run in
 * Chromium for development and the e2e tests.
 */

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
}

async function readPicked(files: FileList): Promise<OpenedFile[]> {
  const picked = Array.from(files);
  const tooLarge = picked.find((file) => file.size > MAX_FILE_BYTES);
  if (tooLarge) throw new Error(`Filen ${tooLarge.name} är större än 50 MB.`);
  return Promise.all(
    picked.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

function pickFiles(filters: FileFilter[], multiple: boolean): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const done = () => input.remove();
    input.addEventListener('change', () => {
      done();
      readPicked(input.files ?? new DataTransfer().files).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      done();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give the browser a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function chromeVersion(): string {
  return /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'okänd';
}

/** A WorkbenchHost built on ordinary browser features. */
export function createWebHost(version: string): WorkbenchHost {
  return {
    kind: 'web',
    openFile: (options) => pickFiles(options.filters, options.multiple),
    saveBytes: (options) => {
      download(options.bytes, options.suggestedName);
      return Promise.resolve({ saved: true, fileName: options.suggestedName });
    },
    saveFiles: (options) => {
      for (const file of options.files) download(file.bytes, file.name);
      return Promise.resolve({ saved: true });
    },
    printToPdf: (options) => {
      const previous = document.title;
      document.title = options.suggestedName.replace(/\.pdf$/i, '');
      window.print();
      document.title = previous;
      return Promise.resolve({ saved: false });
    },
    appInfo: () =>
      Promise.resolve({
        name: 'Rapportverkstad',
        version,
        platform: navigator.platform || 'webb',
        runtime: 'web',
        runtimeVersion: chromeVersion(),
      }),
  };
}
