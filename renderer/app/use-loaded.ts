import { useCallback, useEffect, useState } from 'react';

/** Loads a value asynchronously and reloads it on demand; errors are kept for display. */
export function useLoaded<T>(load: () => Promise<T>): { value: T | undefined; error: unknown; reload: () => void } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    load().then(
      (value) => !cancelled && setState({ value, error: undefined }),
      (error: unknown) => !cancelled && setState((s) => ({ value: s.value, error })),
    );
    return () => {
      cancelled = true;
    };
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
