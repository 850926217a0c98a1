import { describe, expect, it } from 'vitest';
import { startSession, type SessionStore } from '../../../renderer/app/session-marker';

function fakes() {
  const settings = new Map<string, unknown>();
  const local = new Map<string, string>();
  let listeners = new Map<string, (event: unknown) => void>();
  const store: SessionStore = {
    get: async (key) => (settings.has(key) ? { key, value: settings.get(key) } : undefined),
    put: async (r) => void settings.set(r.key, r.value),
  };
  const storage = {
    getItem: (k: string) => local.get(k) ?? null,
    setItem: (k: string, v: string) => void local.set(k, v),
  };
  const target = {
    addEventListener: (name: string, fn: (event: unknown) => void) => void listeners.set(name, fn),
  } as unknown as Pick<Window, 'addEventListener'>;
  let n = 0;
  const start = async () => {
    listeners = new Map();
    return startSession(store, storage, target, () => `sess-${++n}`);
  };
  const close = (persisted = false) => listeners.get('pagehide')!({ persisted });
  return { start, close };
}

describe('startSession', () => {
  it('calls a first start clean', async () => {
    expect(await fakes().start()).toBe(false);
  });

  it('calls a start after a clean close clean, and a start after a kill unclean', async () => {
    const app = fakes();
    await app.start();
    app.close();
    expect(await app.start()).toBe(false);
    // Killed: no pagehide.
    expect(await app.start()).toBe(true);
  });

  it('does not end the session when the page is only put in the back/forward cache', async () => {
    const app = fakes();
    await app.start();
    app.close(true);
    expect(await app.start()).toBe(true);
  });
});
