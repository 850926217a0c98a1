/*
 * Timers for the autosave queue that start the save in the browser's idle time: after
 * the current frame is drawn and before the next one is due, so a keystroke's frame is
 * not kept waiting by a save. An idle callback, unlike a requestAnimationFrame, asks
 * for no frame of its own. The timeout bounds the wait when the page never idles; a
 * hidden page draws no frames, so there the save starts at once.
 */

const IDLE_TIMEOUT_MS = 100;

function whenIdle(fn: () => void): void {
  if (document.visibilityState !== 'visible' || typeof requestIdleCallback !== 'function') {
    fn();
    return;
  }
  requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
}

/** setTimeout whose callback waits for idle time; clearing works until the timeout has fired. */
export const idleAlignedTimers = {
  set: (fn: () => void, ms: number): unknown => setTimeout(() => whenIdle(fn), ms),
  clear: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
