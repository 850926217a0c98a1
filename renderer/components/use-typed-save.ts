import { useCallback, useEffect, useRef } from 'react';

/*
 * Form fields are saved as they are typed, like the answers: a change waits for a pause
 * (400 ms), and is written at once on blur, when the field goes away and when the page is
 * hidden or closed. A write that fails keeps what was typed in the field: the caller
 * decides what to say, the field is never reset under the person typing.
 */

export interface TypedSave<T> {
  /** Remembers the newest value and writes it after the pause. */
  change: (value: T) => void;
  /** Writes a pending value now (blur, unmount, page hide). */
  flush: () => void;
  /** Puts a value back as pending without a timer (a write that must wait for blur). */
  keep: (value: T) => void;
}

/** A debounced writer for one form field (or a group of fields merged by `merge`). */
export function useTypedSave<T>(
  save: (value: T, final: boolean) => void,
  delayMs = 400,
  merge: (pending: T | undefined, next: T) => T = (_p, next) => next,
): TypedSave<T> {
  const saveRef = useRef(save);
  const mergeRef = useRef(merge);
  useEffect(() => {
    saveRef.current = save;
    mergeRef.current = merge;
  });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const write = useCallback((final: boolean) => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) saveRef.current(next.value, final);
  }, []);
  const flush = useCallback(() => write(true), [write]);
  const change = useCallback(
    (value: T) => {
      pending.current = { value: mergeRef.current(pending.current?.value, value) };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => write(false), delayMs);
    },
    [delayMs, write],
  );
  const keep = useCallback((value: T) => {
    pending.current = { value: pending.current ? mergeRef.current(value, pending.current.value) : value };
  }, []);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
  return { change, flush, keep };
}
