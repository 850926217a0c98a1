/*
 * Knowing whether the app was shut down cleanly. At start the session's id is written
 * to IndexedDB (durable: it survives a kill, unlike localStorage, which Chromium writes
 * to disk lazily). A clean end (the page is hidden for good: quit, reload) writes the id
 * to localStorage synchronously and clears the IndexedDB mark. A start that finds an
 * open session the clean end never confirmed follows a crash or a kill, and the user is
 * told that what was saved is there.
 */

const OPEN_KEY = 'session-oppen';
const CLOSED_KEY = 'rapportverkstad-session-stangd';

/** What the marker needs of the settings table. */
export interface SessionStore {
  get(key: string): Promise<{ key: string; value: unknown } | undefined>;
  put(record: { key: string; value: unknown }): Promise<unknown>;
}

/** Marks this session open; resolves to true when the previous one did not end cleanly. */
export async function startSession(
  settings: SessionStore,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  target: Pick<Window, 'addEventListener'>,
  newId: () => string,
): Promise<boolean> {
  const previous = (await settings.get(OPEN_KEY))?.value;
  const unclean = typeof previous === 'string' && previous !== '' && storage.getItem(CLOSED_KEY) !== previous;
  const id = newId();
  await settings.put({ key: OPEN_KEY, value: id });
  target.addEventListener('pagehide', (event) => {
    // A page kept in the back/forward cache may come back; only a real unload ends the session.
    if ((event as PageTransitionEvent).persisted) return;
    storage.setItem(CLOSED_KEY, id);
    void settings.put({ key: OPEN_KEY, value: '' }).catch(() => undefined);
  });
  return unclean;
}
