import { useCallback, useRef } from 'react';

/** How long signing waits for the pages to be drawn again without the draft mark. */
const PAGING_TIMEOUT_MS = 30_000;

/**
 * Whether the paged preview is drawn, and a wait for the signed pages: when signing, the
 * pages are drawn again without UTKAST, and the PDF is printed only once they are.
 */
export function usePagedState(): { onPaging: (state: { done: boolean; draft: boolean }) => void; whenSignedPages: () => Promise<void> } {
  const state = useRef({ done: false, draft: true });
  const waiters = useRef<(() => void)[]>([]);
  const onPaging = useCallback((next: { done: boolean; draft: boolean }) => {
    state.current = next;
    if (next.done && !next.draft) for (const resolve of waiters.current.splice(0)) resolve();
  }, []);
  const whenSignedPages = useCallback(() => {
    if (state.current.done && !state.current.draft) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Sidorna blev inte klara för PDF:en: försök igen, eller visa dokumentet som en lång sida.')), PAGING_TIMEOUT_MS);
      waiters.current.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }, []);
  return { onPaging, whenSignedPages };
}
