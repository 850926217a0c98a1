import { useEffect, useState, type RefObject } from 'react';

/**
 * Ctrl+F opens the search bar (not the browser's find) and puts the focus in it; F3 and
 * Shift+F3 go to the next and previous match. Only while `screen` is shown: the document
 * stays mounted under the report's other views, out of the page (KeptAlive), and the keys
 * there are the browser's. Returns a counter that changes whenever the bar should take
 * the focus.
 */
export function useSearchKeys(
  screen: RefObject<HTMLElement | null>,
  search: { open: boolean; setOpen: (open: boolean) => void; go: (step: 1 | -1) => void },
): number {
  const [focusRequest, setFocusRequest] = useState(0);
  const { open, setOpen, go } = search;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const element = screen.current;
      if (!element?.isConnected) return;
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      if (!find && event.key !== 'F3') return;
      event.preventDefault();
      if (find || !open) {
        setOpen(true);
        setFocusRequest((n) => n + 1);
      } else go(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen, open, setOpen, go]);
  return focusRequest;
}
