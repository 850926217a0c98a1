import { useCallback, useRef, useState } from 'react';

/** How long a print or signing waits for the pages to be drawn. */
const PAGING_TIMEOUT_MS = 30_000;

/** What the preview says of its pages: drawing, or drawn (how many, draft or not). */
export interface PagingState {
  done: boolean;
  draft: boolean;
  pages?: number;
}

/**
 * The final document's pages as the view knows them: drawn in the background while the
 * view is open, and a wait for pages drawn as a draft or not. The PDF is printed only
 * once the pages are those of the document as it is now (when signing, drawn again
 * without UTKAST); a wait makes the drawing hurry.
 */
export function usePagedState(): {
  onPaging: (state: PagingState) => void;
  whenPages: (draft: boolean) => Promise<void>;
  /** Pages drawn for the document as it is now, or null while they are drawn. */
  pages: number | null;
  /** Somebody waits for the pages: they are drawn in long slices, at once. */
  urgent: boolean;
} {
  const state = useRef<PagingState>({ done: false, draft: true });
  const waiters = useRef<{ draft: boolean; resolve: () => void }[]>([]);
  const [pages, setPages] = useState<number | null>(null);
  const [urgent, setUrgent] = useState(false);
  const onPaging = useCallback((next: PagingState) => {
    state.current = next;
    setPages(next.done ? (next.pages ?? null) : null);
    if (!next.done) return;
    const ready = waiters.current.filter((w) => w.draft === next.draft);
    waiters.current = waiters.current.filter((w) => w.draft !== next.draft);
    for (const waiter of ready) waiter.resolve();
    if (waiters.current.length === 0) setUrgent(false);
  }, []);
  const whenPages = useCallback((draft: boolean) => {
    if (state.current.done && state.current.draft === draft) return Promise.resolve();
    setUrgent(true);
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        draft,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        waiters.current = waiters.current.filter((w) => w !== waiter);
        reject(new Error('Sidorna blev inte klara för PDF:en: försök igen.'));
      }, PAGING_TIMEOUT_MS);
      waiters.current.push(waiter);
    });
  }, []);
  return { onPaging, whenPages, pages, urgent };
}
