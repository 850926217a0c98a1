import { PRELOAD_GLOBAL, type PreloadApi } from '../../shared/ipc/contract';
import type { WorkbenchHost } from '../../shared/host/workbench-host';
import { createElectronHost } from './electron-host';
import { createWebHost } from './web-host';

/** The Electron host when the preload exposed its verbs, else the web host. */
export function selectHost(scope: object, version: string): WorkbenchHost {
  const api = (scope as Record<string, unknown>)[PRELOAD_GLOBAL] as PreloadApi | undefined;
  return api ? createElectronHost(api) : createWebHost(version);
}
