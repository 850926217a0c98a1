import Dexie from 'dexie';
import { useState } from 'react';
import type { OpenProblem } from '../db/open-database';
import { restoreBackup } from '../db/backup-repo';
import { DB_NAME, WorkbenchDb } from '../db/schema';
import { useHost } from '../host/HostProvider';
import { FILE_TYPES } from './file-types';

/*
 * Shown instead of the app when the database cannot be opened. A failed upgrade is only
 * explained (the data are intact in the old version). A database that cannot be opened
 * at all can be replaced by a backup: the newest automatic one, or a chosen file, after
 * an explicit confirmation. Swedish only: the language setting lives in the database.
 */
export function StartupProblem({ problem }: { problem: OpenProblem }) {
  const host = useHost();
  const [confirming, setConfirming] = useState<{ name: string; bytes: Uint8Array }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const pickLatest = async () => {
    const latest = await host.backups?.latest();
    if (!latest)
      return setError('Det finns ingen automatisk säkerhetskopia i mappen Dokument/Rapportverkstad/Säkerhetskopior.');
    setConfirming(latest);
  };
  const pickFile = async () => {
    const [file] = await host.openFile({
      title: 'Välj en säkerhetskopia',
      filters: FILE_TYPES.backup,
      multiple: false,
    });
    if (file) setConfirming(file);
  };
  const restore = async () => {
    if (!confirming) return;
    setBusy(true);
    try {
      await Dexie.delete(DB_NAME);
      const fresh = new WorkbenchDb();
      await restoreBackup(fresh, confirming.bytes, confirming.name);
      fresh.close();
      window.location.reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };
  const guard = (work: () => Promise<void>) => () =>
    void work().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <main className="startup-problem">
      <h1>Rapportverkstad kan inte öppna sina data</h1>
      <p role="alert">{problem.message}</p>
      {problem.kind === 'unavailable' && (
        <>
          {confirming ? (
            <div role="group" aria-label="Bekräfta återställning">
              <p>
                Databasen på den här datorn ersätts med innehållet i {confirming.name}. Ändringar efter att kopian togs
                går förlorade.
              </p>
              <button type="button" className="danger" disabled={busy} onClick={guard(restore)}>
                Ersätt med {confirming.name}
              </button>
              <button type="button" onClick={() => setConfirming(undefined)}>
                Avbryt
              </button>
            </div>
          ) : (
            <div className="actions">
              {host.backups && (
                <button type="button" onClick={guard(pickLatest)}>
                  Återställ den senaste automatiska säkerhetskopian
                </button>
              )}
              <button type="button" onClick={guard(pickFile)}>
                Återställ från en fil…
              </button>
            </div>
          )}
        </>
      )}
      {error && <p className="error">{error}</p>}
    </main>
  );
}
