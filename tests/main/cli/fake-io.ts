import { posix } from 'node:path';
import type { CliIo } from '../../../main/cli/cli-io';

/** An in-memory CliIo: files in a map, output collected, a fixed clock and counting ids. */
export function fakeIo(files: Record<string, Uint8Array> = {}) {
  const store = new Map(Object.entries(files));
  let out = '';
  let err = '';
  let n = 0;
  let time = Date.parse('2026-01-20T09:00:00.000Z');
  const io: CliIo = {
    readFile: async (path) => {
      const bytes = store.get(path);
      if (!bytes) throw new Error(`${path}: filen finns inte`);
      return bytes;
    },
    writeFile: async (path, bytes) => void store.set(path, bytes),
    // One file, however its path is written ("DIR/./R" is "DIR/R").
    fileIdentity: async (path) =>
      store.has(path) || [...store.keys()].some((k) => posix.normalize(k) === posix.normalize(path))
        ? posix.normalize(path)
        : null,
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    now: () => new Date((time += 1_000)),
    newId: () => `cli-${String(++n).padStart(6, '0')}`,
  };
  return { io, store, output: () => ({ out, err }) };
}
