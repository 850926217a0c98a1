/*
 * Timers for the autosave queue that start the save just after a frame has been drawn.
 * A save (serialize, check, write) then has nearly a whole frame to itself, so a
 * keystroke that arrives meanwhile still makes the next frame. A hidden page draws no
 * frames, so there the save starts at once.
 */

function afterNextFrame(fn: () => void): void {
  if (document.visibilityState !== 'visible' || typeof requestAnimationFrame !== 'function') {
    fn();
    return;
  }
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** setTimeout whose callback waits for the next drawn frame; clearing works until the timeout has fired. */
export const frameAlignedTimers = {
  set: (fn: () => void, ms: number): unknown => setTimeout(() => afterNextFrame(fn), ms),
  clear: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
