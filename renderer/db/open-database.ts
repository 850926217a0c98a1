import Dexie, { type DexieOptions } from 'dexie';

/*
 * Opening the database at start, before any screen: a failure is shown as what it is
 * instead of a blank screen. A failed upgrade leaves the data in the old version
 * (IndexedDB rolls the upgrade transaction back); a database that cannot be opened at
 * all ("backing store" errors, a damaged profile) can be restored from a backup.
 */

export type OpenProblem = { kind: 'upgrade' | 'unavailable'; message: string };

function describe(error: unknown): string {
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error ? error.message : String(error);
  return `${name ? `${name}: ` : ''}${message}`.slice(0, 300);
}

/** The version of the database as stored on disk, opened without a schema; null when even that fails. */
async function storedVersion(name: string, options: DexieOptions): Promise<number | null> {
  const peek = new Dexie(name, options);
  try {
    await peek.open();
    return peek.verno;
  } catch {
    return null;
  } finally {
    peek.close();
  }
}

/** Opens the database; null when it opened, otherwise what went wrong in Swedish. */
export async function openDatabase(db: Dexie, options: DexieOptions = {}): Promise<OpenProblem | null> {
  try {
    await db.open();
    return null;
  } catch (error) {
    const name =
      typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
    const stored = await storedVersion(db.name, options);
    if (name === 'UpgradeError' || name === 'VersionError' || (stored !== null && stored < db.verno)) {
      return {
        kind: 'upgrade',
        message: `Databasen kunde inte uppgraderas till den här versionen av Rapportverkstad (${describe(error)}). Dina data är orörda i den tidigare versionen. Starta den tidigare versionen av appen eller kontakta IT; ta gärna en säkerhetskopia där.`,
      };
    }
    return {
      kind: 'unavailable',
      message: `Databasen kunde inte öppnas (${describe(error)}). Du kan återställa den senaste säkerhetskopian.`,
    };
  }
}
