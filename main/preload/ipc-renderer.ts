import { ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { IpcEnvelope, IpcRequest, IpcVerb, PreloadApi } from '../../shared/ipc/contract';

/*
 * The only place that touches ipcRenderer. It turns the contract into named verbs; the
 * page never sees ipcRenderer, channel names or Electron objects.
 */

function invoke<V extends IpcVerb>(verb: V, request: IpcRequest<V>): Promise<IpcEnvelope> {
  return ipcRenderer.invoke(IPC_CHANNELS[verb], request) as Promise<IpcEnvelope>;
}

/** One function per contract verb, each forwarding only its request argument. */
export function createPreloadApi(): PreloadApi {
  return {
    openFile: (request) => invoke('openFile', request),
    saveBytes: (request) => invoke('saveBytes', request),
    printToPdf: (request) => invoke('printToPdf', request),
    renderPdf: (request) => invoke('renderPdf', request),
    saveFiles: (request) => invoke('saveFiles', request),
    backupWrite: (request) => invoke('backupWrite', request),
    backupLatest: (request) => invoke('backupLatest', request),
    appInfo: (request) => invoke('appInfo', request),
    inboxChoose: (request) => invoke('inboxChoose', request),
    inboxList: (request) => invoke('inboxList', request),
    inboxRead: (request) => invoke('inboxRead', request),
    itDefaults: (request) => invoke('itDefaults', request),
  };
}
