import { contextBridge } from 'electron';
import { PRELOAD_GLOBAL } from '../../shared/ipc/channels';
import { createPreloadApi } from './ipc-renderer';

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, Object.freeze(createPreloadApi()));
