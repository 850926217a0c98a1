import { describe, expect, it, vi } from 'vitest';
import { IpcError, type PreloadApi } from '../../../shared/ipc/contract';
import { createElectronHost } from '../../../renderer/host/electron-host';

function fakeApi(envelope: unknown): PreloadApi & { appInfo: ReturnType<typeof vi.fn> } {
  const reply = vi.fn(() => Promise.resolve(envelope));
  return { openFile: reply, saveBytes: reply, printToPdf: reply, appInfo: reply } as never;
}

const info = {
  name: 'Rapportverkstad',
  version: '0.1.0',
  platform: 'win32',
  runtime: 'electron',
  runtimeVersion: '41.10.7',
};

describe('createElectronHost', () => {
  it('returns the checked reply of a successful call', async () => {
    const api = fakeApi({ ok: true, value: info });
    await expect(createElectronHost(api).appInfo()).resolves.toEqual(info);
    expect(api.appInfo).toHaveBeenCalledWith({});
  });

  it('unwraps the opened files', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const host = createElectronHost(fakeApi({ ok: true, value: { files: [{ name: 'a.rvbidrag', bytes }] } }));
    await expect(host.openFile({ title: 'Öppna', filters: [], multiple: false })).resolves.toEqual([
      { name: 'a.rvbidrag', bytes },
    ]);
  });

  it.each([
    ['an error envelope', { ok: false, error: { code: 'forbidden-sender', message: 'nej' } }, 'forbidden-sender'],
    ['a malformed envelope', { ok: 'maybe' }, 'invalid-reply'],
    ['a reply that breaks the contract', { ok: true, value: { ...info, runtime: 'flash' } }, 'invalid-reply'],
    ['nothing at all', undefined, 'invalid-reply'],
  ])('throws a typed IpcError on %s', async (_name, envelope, code) => {
    const error = await createElectronHost(fakeApi(envelope))
      .appInfo()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect((error as IpcError).code).toBe(code);
  });
});
