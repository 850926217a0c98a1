import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Children that stay mounted while not shown, and out of the document meanwhile: the
 * report's editors live on under the other views (their state, autosave and the merge's
 * edits go on), but a hidden subtree in the document still costs every document-wide
 * pass: the tagged PDF's accessibility pass scans all 3,400 elements of the final view's
 * page, a third of them the hidden editors (~10 % of printing the PDF). They are rendered
 * into a container of their own (a portal), so moving that container in and out never
 * touches a node React placed; it is put back before the browser paints.
 */
export function KeptAlive({ shown, children }: { shown: boolean; children: ReactNode }) {
  const [container] = useState(() => document.createElement('div'));
  const place = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (shown) place.current?.append(container);
    else container.remove();
  }, [shown, container]);
  useLayoutEffect(() => () => container.remove(), [container]);
  // Hidden too when empty: no gap of its own in a flex or grid parent.
  return (
    <div ref={place} hidden={!shown}>
      {createPortal(children, container)}
    </div>
  );
}
