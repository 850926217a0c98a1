import { describe, expect, it } from 'vitest';
import { runDailyBackup } from '../../../renderer/db/daily-backup';
import { addReport } from '../../../renderer/db/reports-repo';
import type { WorkbenchHost } from '../../../shared/host/workbench-host';
import { parseBackup } from '../../../shared/files/backup-format';
import { testDeps } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

function fakeHost(withBackups: boolean) {
  const written: { day: string; bytes: Uint8Array }[] = [];
  const host = {
    kind: 'electron',
    ...(withBackups
      ? {
          backups: {
            write: async (day: string, bytes: Uint8Array) => (
              written.push({ day, bytes }),
              { name: `rapportverkstad-${day}.rvbackup`, folder: '/dok' }
            ),
            latest: async () => null,
          },
        }
      : {}),
  } as unknown as WorkbenchHost;
  return { host, written };
}

describe('runDailyBackup', () => {
  it('writes the whole workspace once a day', async () => {
    const db = freshDb();
    await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, testDeps());
    const { host, written } = fakeHost(true);
    expect(await runDailyBackup(db, host, new Date('2026-01-21T08:00:00'), 'test')).toMatchObject({
      kind: 'written',
      name: 'rapportverkstad-2026-01-21.rvbackup',
    });
    expect(await runDailyBackup(db, host, new Date('2026-01-21T17:00:00'), 'test')).toEqual({ kind: 'done-today' });
    expect(await runDailyBackup(db, host, new Date('2026-01-22T08:00:00'), 'test')).toMatchObject({ kind: 'written' });
    expect(written.map((w) => w.day)).toEqual(['2026-01-21', '2026-01-22']);
    expect(parseBackup(written[0]!.bytes, 'kopia.rvbackup').reports).toHaveLength(1);
  });

  it('does nothing where the platform has no backup folder (the browser)', async () => {
    const { host } = fakeHost(false);
    expect(await runDailyBackup(freshDb(), host, new Date(), 'test')).toEqual({ kind: 'unavailable' });
  });
});
