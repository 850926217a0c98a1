import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../../main/security/web-preferences';
import { IPC_CHANNELS } from '../../../shared/ipc/channels';
import { FakeBrowserWindow, FakeWebContents, fakeElectron } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).fakeElectron);

const { startApp } = await import('../../../main/app/start-app');
const paths = { renderer: '/app/out/renderer', preload: '/app/out/preload/preload.cjs' };
const IT_FILE = { formatVersion: 1, organisation: 'Region Västmanland', locked: ['organisation'] };

describe('startApp', () => {
  let contents: FakeWebContents;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rv-standard-'));
    writeFileSync(join(folder, 'standard.json'), JSON.stringify(IT_FILE));
    expect(startApp(paths, { RAPPORTVERKSTAD_STANDARD: join(folder, 'standard.json') })).toBe(true);
    fakeElectron.ready();
    await fakeElectron.app.whenReady();
    // The window opens once IT's defaults file has been read.
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    contents = new FakeWebContents();
    fakeElectron.app.emit('web-contents-created', {}, contents);
  });

  it('opens one window with the secure web preferences and our preload', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0]?.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: paths.preload,
    });
  });

  it('loads the renderer from app://, not file://', () => {
    expect(FakeBrowserWindow.instances[0]?.loadedUrl).toBe('app://rapportverkstad/index.html');
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves files with the CSP header and refuses paths outside the renderer', async () => {
    const handle = fakeElectron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const escape = await handle(new Request('app://rapportverkstad/%2e%2e/main/main.cjs'));
    expect(escape.status).toBe(404);
    const foreignHost = await handle(new Request('app://other/index.html'));
    expect(foreignHost.status).toBe(404);
  });

  it('registers a handler for every channel of the contract', () => {
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'])(
    'denies the %s permission',
    (permission) => {
      const callback = vi.fn();
      fakeElectron.session.defaultSession.permissionHandlers.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(fakeElectron.session.defaultSession.permissionHandlers.check?.({}, permission)).toBe(false);
    },
  );

  it.each([
    ['https://evil.example/', true, true],
    ['file:///etc/passwd', true, false],
    ['javascript:alert(1)', true, false],
    ['app://rapportverkstad/index.html', false, false],
  ])('navigation to %s: prevented %s, opened outside %s', (url, prevented, openedOutside) => {
    fakeElectron.shell.openExternal.mockClear();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, url);
    expect(event.preventDefault.mock.calls.length > 0).toBe(prevented);
    expect(fakeElectron.shell.openExternal.mock.calls.length > 0).toBe(openedOutside);
  });

  it.each([
    ['https://www.tillvaxtverket.se/', true],
    ['file:///C:/Windows/System32/calc.exe', false],
  ])('denies a new window for %s (opened in the system browser: %s)', (url, openedOutside) => {
    fakeElectron.shell.openExternal.mockClear();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal.mock.calls.length > 0).toBe(openedOutside);
  });

  it('refuses to attach webviews', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('focuses the existing window when a second instance starts', () => {
    const window = FakeBrowserWindow.instances[0]!;
    window.minimized = true;
    fakeElectron.app.emit('second-instance');
    expect(window.focused).toBe(1);
    expect(window.minimized).toBe(false);
  });

  it('quits at once when another instance holds the lock', () => {
    fakeElectron.app.singleInstance = false;
    const before = FakeBrowserWindow.instances.length;
    expect(startApp(paths, {})).toBe(false);
    expect(fakeElectron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances.length).toBe(before);
  });

  it("reads IT's defaults file at start (a development build may be pointed at one) and serves it to the renderer", async () => {
    const handler = fakeElectron.ipcMain.handlers.get(IPC_CHANNELS.itDefaults)!;
    const mainFrame = { url: 'app://rapportverkstad/index.html', parent: null };
    const reply = await handler({ senderFrame: mainFrame, sender: { mainFrame } }, {});
    expect(reply).toMatchObject({ ok: true, value: { defaults: IT_FILE, problem: null } });
  });

  it('checks spelling in Swedish where Chromium has the dictionary', () => {
    expect(fakeElectron.session.defaultSession.setSpellCheckerLanguages).toHaveBeenCalledWith(['sv']);
  });
});
