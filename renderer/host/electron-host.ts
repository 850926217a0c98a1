import {
  IpcError,
  ipcContract,
  ipcEnvelopeSchema,
  describeIssues,
  type IpcReply,
  type IpcVerb,
  type PreloadApi,
} from '../../shared/ipc/contract';
import type { WorkbenchHost } from '../../shared/host/workbench-host';

/*
 * The WorkbenchHost over the preload's verbs. Replies are untrusted until parsed: a
 * malformed or failed envelope becomes a typed IpcError.
 */

async function call<V extends IpcVerb>(
  api: PreloadApi,
  verb: V,
  request: Parameters<PreloadApi[V]>[0],
): Promise<IpcReply<V>> {
  const envelope = ipcEnvelopeSchema.safeParse(await (api[verb] as (r: typeof request) => Promise<unknown>)(request));
  if (!envelope.success) throw new IpcError('invalid-reply', describeIssues(envelope.error));
  if (!envelope.data.ok) throw new IpcError(envelope.data.error.code, envelope.data.error.message);
  const reply = ipcContract[verb].reply.safeParse(envelope.data.value);
  if (!reply.success) throw new IpcError('invalid-reply', describeIssues(reply.error));
  return reply.data as IpcReply<V>;
}

/** A WorkbenchHost that forwards every call to the Electron preload. */
export function createElectronHost(api: PreloadApi): WorkbenchHost {
  return {
    kind: 'electron',
    openFile: async (options) => (await call(api, 'openFile', options)).files,
    saveBytes: (options) => call(api, 'saveBytes', options),
    printToPdf: (options) => call(api, 'printToPdf', options),
    saveFiles: (options) => call(api, 'saveFiles', options),
    renderPdf: async () => (await call(api, 'renderPdf', {})).bytes,
    appInfo: () => call(api, 'appInfo', {}),
    itDefaults: () => call(api, 'itDefaults', {}),
    backups: {
      write: (day, bytes) => call(api, 'backupWrite', { day, bytes }),
      latest: async () => (await call(api, 'backupLatest', {})).file,
    },
    inbox: {
      choose: (title) => call(api, 'inboxChoose', { title }),
      list: () => call(api, 'inboxList', {}),
      read: (name) => call(api, 'inboxRead', { name }),
    },
  };
}
