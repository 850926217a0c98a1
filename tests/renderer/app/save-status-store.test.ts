import { describe, expect, it, vi } from 'vitest';
import { createSaveStatusStore } from '../../../renderer/app/save-status-store';

describe('createSaveStatusStore', () => {
  it('holds the latest status and tells only current subscribers', () => {
    const store = createSaveStatusStore();
    expect(store.get()).toEqual({ state: 'saved', at: null });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ state: 'saving' });
    expect(store.get()).toEqual({ state: 'saving' });
    expect(listener).toHaveBeenCalledOnce();
    unsubscribe();
    store.set({ state: 'error', message: 'full' });
    expect(listener).toHaveBeenCalledOnce();
    expect(store.get()).toEqual({ state: 'error', message: 'full' });
  });
});
