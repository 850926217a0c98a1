import { tmpdir } from 'node:os';
import { vi } from 'vitest';

/*
 * A stand-in for the `electron` module: records what the main process asks of it so
 * tests can drive events (ready, second-instance, navigation) and inspect the results.
 */

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener) {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  mainFrame = { url: 'app://rapportverkstad/index.html', parent: null };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  focused = 0;
  minimized = false;
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focused += 1;
  }
  show() {}
  static fromWebContents() {
    return FakeBrowserWindow.instances[0] ?? null;
  }
}

function createFakeElectron() {
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new Emitter(), {
    singleInstance: true,
    requestSingleInstanceLock: vi.fn(() => app.singleInstance),
    quit: vi.fn(),
    whenReady: () => ready,
    getName: () => 'Rapportverkstad',
    getVersion: () => '0.1.0',
    getPath: () => tmpdir(),
    isPackaged: false,
  });
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const permissionHandlers: { request?: Listener; check?: Listener } = {};
  return {
    app,
    ready: resolveReady,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        permissionHandlers,
        setPermissionRequestHandler: vi.fn((handler: Listener) => (permissionHandlers.request = handler)),
        setPermissionCheckHandler: vi.fn((handler: Listener) => (permissionHandlers.check = handler)),
        availableSpellCheckerLanguages: ['en-US', 'sv'],
        setSpellCheckerLanguages: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  };
}

export const fakeElectron = createFakeElectron();
export type FakeElectron = typeof fakeElectron;
