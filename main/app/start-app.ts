import { app, BrowserWindow, protocol, session, type Session } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { registerIpcHandlers } from '../ipc/ipc-main';
import { createHostHandlers } from '../host/host-handlers';
import { BackupFolder } from '../host/backup-folder';
import { Inbox } from '../host/inbox';
import { itDefaultsPath, loadItDefaults } from '../host/it-defaults-file';
import { isLocked } from '../../shared/settings/it-defaults';
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

/**
 * Spell checking in Swedish. On Windows and Linux Chromium's Hunspell checker is told the
 * language (its dictionary is fetched once from Google's servers, so an offline computer
 * that never had it checks nothing); macOS always uses the system's own checker, which
 * works offline with the languages the system has.
 */
export function setSwedishSpellChecking(
  target: Pick<Session, 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'>,
  platform: NodeJS.Platform,
): boolean {
  if (platform === 'darwin' || !target.availableSpellCheckerLanguages.includes('sv')) return false;
  target.setSpellCheckerLanguages(['sv']);
  return true;
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

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    setSwedishSpellChecking(session.defaultSession, process.platform);
    protocol.handle(APP_SCHEME, (request) => serveRendererFile(request, paths.renderer));
    // IT's machine-wide defaults; a development build may be pointed at another file (tests do).
    const defaultsPath = (!app.isPackaged && env.RAPPORTVERKSTAD_STANDARD) || itDefaultsPath(process.platform, env);
    const itDefaults = await loadItDefaults(defaultsPath);
    const defaults = itDefaults.defaults;
    const inbox = new Inbox((folder) =>
      writeFile(join(app.getPath('userData'), 'inkorg.json'), JSON.stringify({ folder })),
    );
    void readFile(join(app.getPath('userData'), 'inkorg.json'), 'utf8')
      .then((text) => (JSON.parse(text) as { folder?: unknown }).folder)
      .catch(() => undefined)
      .then((own) => {
        // The person's own folder wins unless IT locked the setting.
        const folder = isLocked(defaults, 'inboxFolder') || typeof own !== 'string' ? defaults?.inboxFolder : own;
        return folder ? inbox.setFolder(folder) : undefined;
      })
      .catch(() => undefined);
    app.on('will-quit', () => inbox.close());
    const backupFolder = defaults?.backupFolder ?? join(app.getPath('documents'), 'Rapportverkstad', 'Säkerhetskopior');
    registerIpcHandlers(createHostHandlers(inbox, new BackupFolder(backupFolder), itDefaults), trusted);
    mainWindow = createMainWindow(paths, devOrigin);
  });
  return true;
}

/** Where the built renderer and preload sit relative to the built main script. */
export function defaultAppPaths(mainDir: string): AppPaths {
  return { renderer: join(mainDir, '..', 'renderer'), preload: join(mainDir, '..', 'preload', 'preload.cjs') };
}
