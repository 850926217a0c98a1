import { useSyncExternalStore } from 'react';

/*
 * The autosave status lives outside React state: it changes at every save, also while
 * the user types, and re-rendering the whole document for it would cost keystrokes
 * their frame. Only what shows it (the indicator, an open history or merge panel)
 * subscribes and re-renders.
 */

/** Where the autosave stands: saved (and when), saving, or failed with a message. */
export type SaveStatus =
  { state: 'saved'; at: Date | null } | { state: 'saving' } | { state: 'error'; message: string };

export interface SaveStatusStore {
  get(): SaveStatus;
  set(status: SaveStatus): void;
  subscribe(listener: () => void): () => void;
}

/** A store holding the latest save status. */
export function createSaveStatusStore(initial: SaveStatus = { state: 'saved', at: null }): SaveStatusStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (status) => {
      current = status;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The current save status, re-rendering the caller when it changes. */
export function useSaveStatus(store: SaveStatusStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** When everything was last saved, or null while a save is pending or failed. */
export function useSavedAt(store: SaveStatusStore): Date | null {
  const status = useSaveStatus(store);
  return status.state === 'saved' ? status.at : null;
}
