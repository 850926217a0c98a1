import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupFolder, KEEP_BACKUPS } from '../../../main/host/backup-folder';

describe('BackupFolder', () => {
  it('keeps the newest seven dated backups, written without leftovers, and hands back the newest', async () => {
    const folder = new BackupFolder(join(mkdtempSync(join(tmpdir(), 'rv-backups-')), 'Säkerhetskopior'));
    expect(await folder.latest()).toBeNull();
    for (let day = 1; day <= 9; day++) await folder.write(new TextEncoder().encode(`dag ${day}`), `2026-01-0${day}`);
    await folder.write(new TextEncoder().encode('dag 9, senare'), '2026-01-09');
    const names = readdirSync(folder.folder).sort();
    expect(names).toHaveLength(KEEP_BACKUPS);
    expect(names[0]).toBe('rapportverkstad-2026-01-03.rvbackup');
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
    const latest = await folder.latest();
    expect(latest?.name).toBe('rapportverkstad-2026-01-09.rvbackup');
    expect(new TextDecoder().decode(latest!.bytes)).toBe('dag 9, senare');
  });

  it.each(['2026-1-9', '../x', ''])('refuses the day %j', async (day) => {
    const folder = new BackupFolder(mkdtempSync(join(tmpdir(), 'rv-backups-')));
    await expect(folder.write(new Uint8Array([1]), day)).rejects.toThrow(/ogiltigt datum/);
  });
});
