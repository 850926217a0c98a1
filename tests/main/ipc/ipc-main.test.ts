import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordFigure, runs } from '../../reliability/figures';
import { ipcContract, type IpcEnvelope, type IpcVerb } from '../../../shared/ipc/contract';
import { fakeElectron } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).fakeElectron);

const { registerIpcHandlers } = await import('../../../main/ipc/ipc-main');
const { createHostHandlers } = await import('../../../main/host/host-handlers');

// Item 7 of the reliability issue counts every generated payload and every refused sender.
const tally = { tries: 0, broke: 0 };

const APP_PAGE = 'app://rapportverkstad/index.html';
const trusted = (url: string) => url.startsWith('app://rapportverkstad/');

function senderEvent(url = APP_PAGE, subframe = false) {
  const mainFrame = { url: APP_PAGE, parent: null };
  const frame = subframe ? { url, parent: mainFrame } : url === APP_PAGE ? mainFrame : { url, parent: null };
  return { senderFrame: frame, sender: { mainFrame } };
}

const validRequests: { [V in IpcVerb]: unknown } = {
  openFile: { title: 'Öppna', filters: [{ name: 'Bidrag', extensions: ['rvbidrag'] }], multiple: true },
  saveBytes: { title: 'Spara', suggestedName: 'rapport.rvrapport', filters: [], bytes: new Uint8Array([1, 2]) },
  printToPdf: { title: 'PDF', suggestedName: 'rapport.pdf' },
  renderPdf: {},
  saveFiles: {
    title: 'Spara signerade filer',
    files: [
      { name: 'rapport.docx', bytes: new Uint8Array([1]) },
      { name: 'rapport.signatur.json', bytes: new Uint8Array([2]) },
    ],
  },
  backupWrite: { day: '2026-01-21', bytes: new Uint8Array([123, 125]) },
  backupLatest: {},
  appInfo: {},
  inboxChoose: { title: 'Välj inkorg' },
  inboxList: {},
  inboxRead: { name: 'folkhalsa.rvbidrag' },
  itDefaults: {},
};

const replies: { [V in IpcVerb]: unknown } = {
  openFile: { files: [] },
  saveBytes: { saved: true, fileName: 'rapport.rvrapport' },
  printToPdf: { saved: false },
  renderPdf: { bytes: new Uint8Array([37, 80, 68, 70]) },
  saveFiles: { saved: true, folder: '/home/anna/Signerat' },
  backupWrite: {
    name: 'rapportverkstad-2026-01-21.rvbackup',
    folder: '/home/anna/Dokument/Rapportverkstad/Säkerhetskopior',
  },
  backupLatest: { file: null },
  appInfo: { name: 'Rapportverkstad', version: '0.1.0', platform: 'linux', runtime: 'electron', runtimeVersion: '41' },
  inboxChoose: { folder: '/home/anna/Inkorg', files: [] },
  inboxList: { folder: null, files: [] },
  inboxRead: { name: 'folkhalsa.rvbidrag', bytes: new Uint8Array([123, 125]) },
  itDefaults: {
    path: '/etc/rapportverkstad/standard.json',
    defaults: { formatVersion: 1, organisation: 'Region Västmanland', locked: ['organisation'] },
    problem: null,
  },
};

const verbs = Object.keys(ipcContract) as IpcVerb[];
const bodies = Object.fromEntries(verbs.map((verb) => [verb, vi.fn(() => replies[verb])])) as unknown as {
  [V in IpcVerb]: ReturnType<typeof vi.fn>;
};

function call(verb: IpcVerb, payload: unknown, event: unknown = senderEvent()): Promise<IpcEnvelope> {
  const handler = fakeElectron.ipcMain.handlers.get(ipcContract[verb].channel);
  if (!handler) throw new Error(`no handler for ${verb}`);
  return handler(event, payload) as Promise<IpcEnvelope>;
}

describe('registerIpcHandlers', () => {
  let unregister: () => void;
  beforeEach(() => {
    unregister?.();
    Object.values(bodies).forEach((body) => body.mockClear());
    unregister = registerIpcHandlers(bodies as never, trusted);
  });

  afterAll(() =>
    recordFigure({ id: 'ipc', what: 'IPC: slumpade nyttolaster per kanal och anrop från fel avsändare', ...tally }),
  );

  it('has a production handler for every verb of the contract, and no other', () => {
    const handlers = createHostHandlers({} as never, {} as never, {
      path: '/etc/rapportverkstad/standard.json',
      defaults: null,
      problem: null,
    });
    expect(Object.keys(handlers).sort()).toEqual([...verbs].sort());
  });

  it('registers exactly the channels of the contract', () => {
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(verbs.map((v) => ipcContract[v].channel).sort());
  });

  it.each(verbs)('passes a valid %s request to its handler and returns the checked reply', async (verb) => {
    await expect(call(verb, validRequests[verb])).resolves.toEqual({ ok: true, value: replies[verb] });
    expect(bodies[verb]).toHaveBeenCalledOnce();
  });

  it.each([
    ['another origin', senderEvent('https://evil.example/')],
    ['about:blank', senderEvent('about:blank')],
    ['a subframe of our page', senderEvent(APP_PAGE, true)],
    ['a destroyed frame', { senderFrame: null, sender: { mainFrame: null } }],
  ])('refuses calls from %s before the handler runs', async (_name, event) => {
    for (const verb of verbs) {
      const reply = await call(verb, validRequests[verb], event);
      tally.tries++;
      if (reply.ok || reply.error.code !== 'forbidden-sender') tally.broke++;
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    Object.values(bodies).forEach((body) => expect(body).not.toHaveBeenCalled());
  });

  it.each(verbs)('never lets an arbitrary %s payload that fails the schema reach the handler', async (verb) => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (payload) => {
        bodies[verb].mockClear();
        const reply = await call(verb, payload);
        const valid = ipcContract[verb].request.safeParse(payload).success;
        tally.tries++;
        if (bodies[verb].mock.calls.length !== (valid ? 1 : 0)) tally.broke++;
        expect(bodies[verb].mock.calls.length).toBe(valid ? 1 : 0);
        if (!valid) expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      }),
      { numRuns: runs(1_000, 200) },
    );
  });

  it.each([
    ['an unknown field', { ...(validRequests.printToPdf as object), extra: 1 }],
    ['a path in the file name', { title: 'PDF', suggestedName: '../../etc/passwd' }],
    ['a missing field', { title: 'PDF' }],
  ])('refuses a printToPdf request with %s', async (_name, payload) => {
    await expect(call('printToPdf', payload)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(bodies.printToPdf).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a handler-failed envelope', async () => {
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    bodies.appInfo.mockImplementationOnce(() => {
      throw new Error('disken är full');
    });
    await expect(call('appInfo', {})).resolves.toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'disken är full' },
    });
    errorLog.mockRestore();
  });

  it('refuses a reply that breaks the contract', async () => {
    bodies.openFile.mockReturnValueOnce({ files: [{ name: 'a/b', bytes: 'not bytes' }] });
    await expect(call('openFile', validRequests.openFile)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-reply' },
    });
  });

  it('removes every handler it registered', () => {
    unregister();
    expect(fakeElectron.ipcMain.handlers.size).toBe(0);
    unregister = registerIpcHandlers(bodies as never, trusted);
  });
});
