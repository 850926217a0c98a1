import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Pagination } from './paged';
import type { PagingState } from './use-paged-state';

/*
 * The final document's pages, drawn in the background while the final view is open, so
 * that "Skriv ut / spara som PDF" only prints (Paged.js takes longer than the printing).
 * After every render the document to paginate is compared with the one last drawn (its
 * HTML, the page rules, the footnote label); a change starts a new pagination once the
 * document has been still for a moment (the signer's fields are typed in), at once if
 * somebody waits. Pages are drawn out of sight in one of two slots and replace the shown
 * ones only when all are drawn, so there is always one complete set (or none yet).
 *
 * The slots swap roles (their classes) rather than the pages moving from one to the
 * other: a moved element loses its layout, and printing 25 pages whose layout had to be
 * built again and their text shaped again cost about a fifth of the print. Drawn pages
 * stay laid out, out of sight when not shown (final.css), just as they will be printed.
 */

/** How long the document stays unchanged before its pages are drawn again. */
const SETTLE_MS = 300;

interface Job {
  key: string;
  html: string;
  css: string;
  draft: boolean;
  timer?: number;
  pagination?: Pagination;
  area?: HTMLElement;
}

/** The class of the slot holding the drawn pages, and of the one where the next are drawn. */
const SHOWN = 'paged-pages';
const STAGING = 'paged-staging';

export interface BackgroundPagesOptions {
  /** The document to paginate (hidden: only its HTML is read). */
  source: RefObject<HTMLElement | null>;
  /** Two empty elements: one holds the drawn pages, the other is where Paged.js draws (out of sight, laid out). */
  slots: readonly [RefObject<HTMLElement | null>, RefObject<HTMLElement | null>];
  /** The pages' rules (margins, running header, UTKAST). */
  css: string;
  draft: boolean;
  /** Somebody waits for these pages. */
  urgent: boolean;
  /** The accessible name of footnote call `n` (Paged.js draws the calls as empty links). */
  footnoteLabel: (n: number) => string;
  onPaging?: (state: PagingState) => void;
}

function cancel(job: Job): void {
  window.clearTimeout(job.timer);
  job.pagination?.stop();
  job.area?.remove();
}

/** Keeps the shown pages those of the current document, drawn in the background. */
export function useBackgroundPages(options: BackgroundPagesOptions): void {
  const latest = useRef(options);
  // First of the effects: those below (and `begin`, run from them) read this render's options.
  useEffect(() => {
    latest.current = options;
  });
  const job = useRef<Job>({ key: '', html: '', css: '', draft: true });
  // Which slot holds the drawn pages; the classes are set here alone (never by React's props).
  const showing = useRef(0);
  useLayoutEffect(() => {
    const [first, second] = latest.current.slots.map((slot) => slot.current);
    if (first) first.className = SHOWN;
    if (second) second.className = STAGING;
  }, []);
  // The styles of the pages shown: dropped when newer pages replace them, and on leaving.
  const shownStyles = useRef<Pagination | null>(null);

  const begin = (current: Job) => {
    const into = latest.current.slots[1 - showing.current]!.current;
    if (!into) return;
    current.timer = undefined;
    const area = document.createElement('div');
    into.append(area);
    current.area = area;
    // Loaded only when the final view is open: the app's own bundle stays small.
    void import('./paged')
      .then(({ paginate }) => {
        if (job.current !== current) return;
        const pagination = paginate(current.html, current.css, area, latest.current.urgent);
        current.pagination = pagination;
        return pagination.done.then((total) => {
          const shown = latest.current.slots[showing.current]!.current;
          if (job.current !== current || !shown) return;
          area
            .querySelectorAll('a[data-footnote-call]')
            .forEach((call, i) => call.setAttribute('aria-label', latest.current.footnoteLabel(i + 1)));
          // The new pages are shown where they were drawn, the old ones dropped with their slot's content; a reader
          // scrolled down the shown pages stays where they were.
          const drawnSlot = area.parentElement!;
          const scrolled = shown.scrollTop;
          drawnSlot.className = SHOWN;
          shown.className = STAGING;
          shown.replaceChildren();
          if (scrolled > 0) drawnSlot.scrollTop = scrolled;
          showing.current = 1 - showing.current;
          current.area = undefined;
          current.pagination = undefined;
          shownStyles.current?.destroy();
          shownStyles.current = pagination;
          latest.current.onPaging?.({ done: true, draft: current.draft, pages: total });
        });
      })
      // A print waiting for these pages says, after its patience, that they did not come.
      .catch((error: unknown) => console.error('Sidorna kunde inte ritas:', error));
  };

  // After every render: the document now against the one drawn (or being drawn).
  useEffect(() => {
    const { source, css, draft, urgent, footnoteLabel, onPaging } = latest.current;
    const html = source.current?.innerHTML;
    if (html === undefined) return;
    const key = `${draft}\n${footnoteLabel(1)}\n${css}\n${html}`;
    if (key === job.current.key) return;
    cancel(job.current);
    const next: Job = { key, html, css, draft };
    job.current = next;
    onPaging?.({ done: false, draft });
    next.timer = window.setTimeout(() => begin(next), urgent ? 0 : SETTLE_MS);
  });

  const { urgent } = options;
  useEffect(() => {
    if (!urgent) return;
    const current = job.current;
    if (current.timer !== undefined) {
      window.clearTimeout(current.timer);
      begin(current);
    } else current.pagination?.hurry();
    // `begin` reads everything else through `latest`.
  }, [urgent]);

  useEffect(
    () => () => {
      cancel(job.current);
      job.current = { key: '', html: '', css: '', draft: true };
      shownStyles.current?.destroy();
      shownStyles.current = null;
    },
    [],
  );
}
