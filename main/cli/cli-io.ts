import { readFile, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { writeFileAtomic } from '../host/atomic-write';

/** What a command may do to the world: files, the two output streams, the clock and ids. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  out(text: string): void;
  err(text: string): void;
  now(): Date;
  newId(): string;
}

/** A file that is larger than this is refused before it is read. */
const MAX_READ = 60 * 1024 * 1024;

/** The real files, stdout/stderr, clock and random ids. */
export function nodeIo(): CliIo {
  return {
    async readFile(path) {
      const info = await stat(path);
      if (info.size > MAX_READ) throw new Error(`${path}: filen är större än 60 MB.`);
      return new Uint8Array(await readFile(path));
    },
    writeFile: writeFileAtomic,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    now: () => new Date(),
    newId: () => randomUUID(),
  };
}
