import { app, BrowserWindow, protocol, session } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { registerIpcHandlers } from '../ipc/ipc-main';
import { createHostHandlers } from '../host/host-handlers';
import { BackupFolder } from '../host/backup-folder';
import { Inbox } from '../host/inbox';
import { APP_HOST, APP_SCHEME, APP_URL, devServerOrigin, isAppUrl } from '../security/app-origin';
import { CSP_HEADER } from '../security/csp';
import { denyAllPermissions, guardWebContents } from './guards';
import { mimeType, resolveRendererFile } from './renderer-files';

/*
 * Wires the desktop app: one secure window, the renderer served from app://, the
 * guards on every WebContents, the IPC handlers, and the single-instance lock.
 */

export interface AppPaths {
  /** Folder of the built renderer (index.html and assets). */
  renderer: string;
  /** The built preload script. */
  preload: string;
}

async function serveRendererFile(request: Request, rendererRoot: string): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST ? resolveRendererFile(rendererRoot, url.pathname) : null;
  if (!file) return new Response('Hittades inte', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'content-type': mimeType(file),
        'content-security-policy': CSP_HEADER,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Hittades inte', { status: 404 });
  }
}

/** Creates the main window, loading the dev server in development and app:// otherwise. */
export function createMainWindow(paths: AppPaths, devOrigin: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 900,
    minWidth: 720,
    minHeight: 500,
    show: false,
    title: 'Rapportverkstad',
    // Literal values for the scanner; tests/main/app/start-app.test.ts checks they equal SECURE_WEB_PREFERENCES.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
      preload: paths.preload,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devOrigin ? `${devOrigin}/` : APP_URL);
  return window;
}

/** Starts the app; returns false when another instance already runs (that one is focused instead). */
export function startApp(paths: AppPaths, env: Record<string, string | undefined> = process.env): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  const devOrigin = devServerOrigin(env);
  const trusted = (url: string) => isAppUrl(url, devOrigin);
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trusted));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveRendererFile(request, paths.renderer));
    const inbox = new Inbox((folder) =>
      writeFile(join(app.getPath('userData'), 'inkorg.json'), JSON.stringify({ folder })),
    );
    void readFile(join(app.getPath('userData'), 'inkorg.json'), 'utf8')
      .then((text) => (JSON.parse(text) as { folder?: unknown }).folder)
      .then((folder) => (typeof folder === 'string' ? inbox.setFolder(folder) : undefined))
      .catch(() => undefined);
    app.on('will-quit', () => inbox.close());
    registerIpcHandlers(
      createHostHandlers(inbox, new BackupFolder(join(app.getPath('documents'), 'Rapportverkstad', 'Säkerhetskopior'))),
      trusted,
    );
    mainWindow = createMainWindow(paths, devOrigin);
  });
  return true;
}

/** Where the built renderer and preload sit relative to the built main script. */
export function defaultAppPaths(mainDir: string): AppPaths {
  return { renderer: join(mainDir, '..', 'renderer'), preload: join(mainDir, '..', 'preload', 'preload.cjs') };
}
