import type { WorkbenchHost } from '../../shared/host/workbench-host';
import { exportBackupOffThread } from './backup-off-thread';
import type { WorkbenchDb } from './schema';
import { getTextSetting, setTextSetting } from './settings-repo';
import { formatDate } from '../../shared/text/dates';

/*
 * Once a day the whole workspace is written to the backup folder in the user's
 * documents (desktop only; the browser cannot write files on its own). The day of the
 * last automatic backup is kept in the settings.
 */

const LAST_BACKUP = 'senaste-automatiska-sakerhetskopia';

export type DailyBackupOutcome =
  { kind: 'written'; name: string; folder: string } | { kind: 'done-today' } | { kind: 'unavailable' };

/** Writes today's automatic backup unless one was written today. */
export async function runDailyBackup(
  db: WorkbenchDb,
  host: WorkbenchHost,
  now: Date,
  appVersion: string,
): Promise<DailyBackupOutcome> {
  if (!host.backups) return { kind: 'unavailable' };
  const today = formatDate(now);
  if ((await getTextSetting(db, LAST_BACKUP)) === today) return { kind: 'done-today' };
  const written = await host.backups.write(today, await exportBackupOffThread(db, now, appVersion));
  await setTextSetting(db, LAST_BACKUP, today);
  return { kind: 'written', ...written };
}
