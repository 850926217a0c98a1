import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ItDefaults } from '../../shared/settings/it-defaults';
import { useNotice } from '../components/Notice';
import { useHost } from '../host/HostProvider';

/*
 * IT's machine-wide defaults (standard.json), as the desktop app's main process read them
 * at start. The browser has none. A file that was ignored is said once, as a notice.
 */

const ItDefaultsContext = createContext<ItDefaults | null>(null);

/** Asks the host once for IT's defaults and gives them to the screens. */
export function ItDefaultsProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const { notify } = useNotice();
  const [defaults, setDefaults] = useState<ItDefaults | null>(null);
  useEffect(() => {
    let cancelled = false;
    host
      .itDefaults?.()
      .then((reply) => {
        if (cancelled) return;
        setDefaults(reply.defaults);
        if (reply.problem) notify(reply.problem, { kind: 'error', ms: 30_000 });
      })
      .catch((error: unknown) => console.error('itDefaults', error));
    return () => {
      cancelled = true;
    };
  }, [host, notify]);
  return <ItDefaultsContext.Provider value={defaults}>{children}</ItDefaultsContext.Provider>;
}

/** IT's defaults on this computer, or null when there are none. */
export function useItDefaults(): ItDefaults | null {
  return useContext(ItDefaultsContext);
}
