import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, ipcContract, MAX_FILE_BYTES, type IpcVerb } from '../../../shared/ipc/contract';

const verbs = Object.keys(ipcContract) as IpcVerb[];

describe('ipcContract', () => {
  it('declares each channel name once', () => {
    const names = verbs.map((v) => ipcContract[v].channel);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(IPC_CHANNELS).sort()).toEqual([...verbs].sort());
  });

  it.each(verbs)('%s rejects unknown fields in its request', (verb) => {
    expect(ipcContract[verb].request.safeParse({ __proto__: null, unexpected: 1 }).success).toBe(false);
  });

  // Changes are built lazily: it.each would pretty-print a 50 MB array into the test name.
  it.each([
    ['a file name with a slash', () => ({ suggestedName: 'a/b.pdf' }), false],
    ['a file name with a backslash', () => ({ suggestedName: 'a\\b.pdf' }), false],
    ['bytes over the limit', () => ({ bytes: new Uint8Array(MAX_FILE_BYTES + 1) }), false],
    ['bytes as a plain array', () => ({ bytes: [1, 2, 3] }), false],
    ['an extension with a dot', () => ({ filters: [{ name: 'x', extensions: ['.pdf'] }] }), false],
    ['a valid request', () => ({}), true],
  ])('saveBytes with %s: valid %s', (_name, change, valid) => {
    const request = {
      title: 'Spara',
      suggestedName: 'rapport.pdf',
      filters: [],
      bytes: new Uint8Array(4),
      ...change(),
    };
    expect(ipcContract.saveBytes.request.safeParse(request).success).toBe(valid);
  });
});
