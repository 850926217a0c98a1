import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbenchHost } from '../../shared/host/workbench-host';

const HostContext = createContext<WorkbenchHost | null>(null);

/** Makes the WorkbenchHost available to every screen. */
export function HostProvider({ host, children }: { host: WorkbenchHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The host the app talks to for files, printing and app info. */
export function useHost(): WorkbenchHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost utanför HostProvider');
  return host;
}
