/*
 * The wire names of the IPC channels, free of zod so the sandboxed preload stays small.
 * contract.ts pairs each name with its schemas.
 */
export const IPC_CHANNELS = {
  openFile: 'host:open-file',
  saveBytes: 'host:save-bytes',
  printToPdf: 'host:print-to-pdf',
  renderPdf: 'host:render-pdf',
  saveFiles: 'host:save-files',
  backupWrite: 'backup:write',
  backupLatest: 'backup:latest',
  appInfo: 'host:app-info',
  inboxChoose: 'inbox:choose',
  inboxList: 'inbox:list',
  inboxRead: 'inbox:read',
  itDefaults: 'host:it-defaults',
} as const;

/** The name of the global through which the preload exposes its verbs (rapportverkstad). */
export const PRELOAD_GLOBAL = 'rapportverkstad';
