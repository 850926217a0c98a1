import { useEffect } from 'react';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { useHost } from '../host/HostProvider';
import { runDailyBackup } from '../db/daily-backup';
import { appDeps } from './deps';

const HOUR = 60 * 60 * 1000;

/** Runs the automatic backup at start and then every hour (it writes at most once a day); a failure is told, not hidden. */
export function useDailyBackup(): void {
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  useEffect(() => {
    if (!host.backups) return;
    const run = () =>
      void runDailyBackup(db, host, appDeps.now(), __APP_VERSION__).catch((error: unknown) =>
        notify(
          `Den automatiska säkerhetskopian kunde inte skrivas: ${error instanceof Error ? error.message : String(error)}`,
          { kind: 'error' },
        ),
      );
    run();
    const timer = setInterval(run, HOUR);
    return () => clearInterval(timer);
  }, [db, host, notify]);
}
