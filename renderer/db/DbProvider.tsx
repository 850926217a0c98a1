import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbenchDb } from './schema';

const DbContext = createContext<WorkbenchDb | null>(null);

/** Makes the open database available to every screen. */
export function DbProvider({ db, children }: { db: WorkbenchDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The app's database. */
export function useDb(): WorkbenchDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb utanför DbProvider');
  return db;
}
