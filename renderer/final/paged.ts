import { Previewer } from 'pagedjs';
import baseStyles from 'pagedjs-base-styles';
import { keepTogether } from './keep-together';

/*
 * Pagination of the final document with Paged.js: A4 pages with the document's margins,
 * the running header from page 2, "n (N)" at the foot and each footnote at the bottom of
 * the page where it is referenced (`float: footnote`, which Chromium itself lacks).
 * Paged.js writes its styles into <style> elements, which the CSP forbids; its polisher
 * is given constructable stylesheets instead (adopted, and dropped again on `destroy`).
 *
 * Paged.js's queue waits for an animation frame before every page: ~16 ms of nothing a
 * page, most of a 25-page report's pagination. Our tick lays pages out back to back for
 * a slice and only then waits for a frame, so the window still paints and takes input:
 * short slices while the pages are made in the background, long ones once somebody waits
 * for them (`hurry`). Paged.js cannot be cancelled; `stop` simply never runs its queue
 * again, and the stalled pagination is garbage like any unreferenced promise.
 */

/**
 * The parts of Paged.js's pages ours never fill: bleeds with their crop marks, the side
 * margin boxes and the corners (~40 % of the elements of a page). Printing lays out every
 * element, and without these the PDF came ~25 % sooner, its pages identical.
 */
const UNFILLED = '.pagedjs_bleed, .pagedjs_margin-left, .pagedjs_margin-right, [class*="-corner-holder"]';
/**
 * Inside the parts kept: a top or bottom margin box with nothing in it (each box has its
 * own column of the margin's grid, final.css, so the others stay where they were) and a
 * page's footnote area when it has no footnote. Another ~8 % of the elements, and of the
 * print's layout, the pages identical.
 */
const EMPTY = '.pagedjs_margin:not(.hasContent), .pagedjs_footnote_area';

/** Slice lengths: while the view is read (input stays quick), and while a print waits. */
const BACKGROUND_SLICE_MS = 12;
const HURRIED_SLICE_MS = 150;

/** One pagination under way: its pages count once drawn, and the controls over it. */
export interface Pagination {
  /** Resolves with the number of pages once all are drawn (never, once stopped). */
  done: Promise<number>;
  /** Longer slices from now on: somebody waits for these pages. */
  hurry: () => void;
  /** Stops drawing (the promise stays pending) and drops the styles it adopted. */
  stop: () => void;
  /** Drops the styles it adopted (its pages lose their layout). */
  destroy: () => void;
}

/** Starts paginating `content` into `target` in slices. */
export function paginate(content: string, css: string, target: HTMLElement, hurried = false): Pagination {
  const previewer = new Previewer();
  previewer.chunker.hooks.onOverflow.register(keepTogether);
  let slice = hurried ? HURRIED_SLICE_MS : BACKGROUND_SLICE_MS;
  let stopped = false;
  let since = performance.now();
  previewer.chunker.q.tick = (run) => {
    if (stopped) return;
    if (performance.now() - since < slice) return run();
    requestAnimationFrame(() => {
      if (stopped) return;
      since = performance.now();
      run();
    });
  };
  const adopted: CSSStyleSheet[] = [];
  const adopt = (text: string) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    adopted.push(sheet);
    return sheet;
  };
  const polisher = previewer.polisher;
  polisher.setup = () => {
    polisher.base = adopt(baseStyles);
    polisher.styleSheet = adopt('');
    return polisher.styleSheet;
  };
  polisher.insert = (text: string) => {
    const sheet = adopt(text);
    polisher.inserted.push(sheet);
    return sheet;
  };
  const destroy = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !adopted.includes(s));
  };
  const done = previewer.preview(content, [{ 'rapport.css': css }], target).then((flow) => {
    // Drawn pages are final: their resize observers would only measure them again wherever they are moved.
    for (const page of flow.pages) page.removeListeners();
    for (const part of target.querySelectorAll(UNFILLED))
      if (!part.matches('.hasContent') && !part.querySelector('.hasContent')) part.remove();
    for (const part of target.querySelectorAll(EMPTY)) if (!part.querySelector('.paged-footnote')) part.remove();
    return flow.total;
  });
  return {
    done,
    hurry: () => (slice = HURRIED_SLICE_MS),
    stop: () => {
      stopped = true;
      destroy();
    },
    destroy,
  };
}
