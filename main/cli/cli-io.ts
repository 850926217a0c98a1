import { readFile, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { writeFileAtomic } from '../host/atomic-write';
import { FileFormatError } from '../../shared/files/json-file';

/*
 * What a command may do to the world: files, the two output streams, the clock and ids.
 * Only regular files are read (a folder, a device such as /dev/zero or a named pipe is
 * refused before it is opened), and every failure is told in Swedish with the path the
 * person gave. Output never carries terminal control sequences taken from a file.
 */

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** The identity of an existing file (device and inode), to tell whether two paths are one file; null when there is none. */
  fileIdentity(path: string): Promise<string | null>;
  out(text: string): void;
  err(text: string): void;
  now(): Date;
  newId(): string;
}

/** A file that is larger than this is refused before it is read. */
const MAX_READ = 60 * 1024 * 1024;

/** A file the command line cannot read or write; the message is Swedish and names the path. */
export class CliFileError extends FileFormatError {}

const REASONS: Record<string, string> = {
  ENOENT: 'filen eller mappen finns inte',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  EISDIR: 'det är en mapp, ingen fil',
  ENOTDIR: 'en del av sökvägen är ingen mapp',
  ENOSPC: 'disken är full',
  EROFS: 'platsen är skrivskyddad',
};

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** Removes the characters a terminal would act on (escape sequences, other control characters) from output; line breaks and tabs stay. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

/** The real files, stdout/stderr, clock and random ids. */
export function nodeIo(): CliIo {
  return {
    async readFile(path) {
      let info;
      try {
        info = await stat(path);
      } catch (error) {
        throw new CliFileError(`${path}: kan inte läsas: ${reason(error)}.`);
      }
      if (!info.isFile())
        throw new CliFileError(
          `${path}: är ingen vanlig fil (${info.isDirectory() ? 'en mapp' : 'en enhet, en namngiven pipe eller liknande'}).`,
        );
      if (info.size > MAX_READ) throw new CliFileError(`${path}: filen är större än 60 MB.`);
      try {
        return new Uint8Array(await readFile(path));
      } catch (error) {
        throw new CliFileError(`${path}: kan inte läsas: ${reason(error)}.`);
      }
    },
    async writeFile(path, bytes) {
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        throw new CliFileError(`${path}: kan inte skrivas: ${reason(error)}.`);
      }
    },
    async fileIdentity(path) {
      try {
        const info = await stat(path);
        return `${info.dev}:${info.ino}`;
      } catch {
        return null;
      }
    },
    out: (text) => process.stdout.write(terminalSafe(text)),
    err: (text) => process.stderr.write(terminalSafe(text)),
    now: () => new Date(),
    newId: () => randomUUID(),
  };
}
