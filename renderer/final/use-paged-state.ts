import { useCallback, useRef } from 'react';

/** How long signing waits for the pages to be drawn again without the draft mark. */
const PAGING_TIMEOUT_MS = 30_000;

/**
 * Whether the paged preview is drawn, and a wait for pages drawn as a draft or not: the
 * PDF is printed only once the pages on screen are the ones to print (when signing, drawn
 * again without UTKAST).
 */
export function usePagedState(): {
  onPaging: (state: { done: boolean; draft: boolean }) => void;
  whenPages: (draft: boolean) => Promise<void>;
} {
  const state = useRef({ done: false, draft: true });
  const waiters = useRef<{ draft: boolean; resolve: () => void }[]>([]);
  const onPaging = useCallback((next: { done: boolean; draft: boolean }) => {
    state.current = next;
    if (!next.done) return;
    const ready = waiters.current.filter((w) => w.draft === next.draft);
    waiters.current = waiters.current.filter((w) => w.draft !== next.draft);
    for (const waiter of ready) waiter.resolve();
  }, []);
  const whenPages = useCallback((draft: boolean) => {
    if (state.current.done && state.current.draft === draft) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('Sidorna blev inte klara för PDF:en: försök igen.')),
        PAGING_TIMEOUT_MS,
      );
      waiters.current.push({
        draft,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }, []);
  return { onPaging, whenPages };
}
