import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itDefaultsPath, loadItDefaults } from '../../../main/host/it-defaults-file';

describe('the defaults file on disk', () => {
  it.each<[NodeJS.Platform, Record<string, string>, string]>([
    ['win32', { ProgramData: 'C:\\ProgramData' }, join('C:\\ProgramData', 'Rapportverkstad', 'standard.json')],
    ['darwin', {}, '/Library/Application Support/Rapportverkstad/standard.json'],
    ['linux', {}, '/etc/rapportverkstad/standard.json'],
  ])('%s: %j → %s', (platform, env, path) => {
    expect(itDefaultsPath(platform, env)).toBe(path);
  });

  it('reads a good file, takes a missing one as none, and reports an unreadable one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rv-it-'));
    const good = join(folder, 'standard.json');
    writeFileSync(good, JSON.stringify({ formatVersion: 1, organisation: 'Region Västmanland' }));
    expect(await loadItDefaults(good)).toEqual({
      path: good,
      defaults: { formatVersion: 1, organisation: 'Region Västmanland' },
      problem: null,
    });
    expect(await loadItDefaults(join(folder, 'saknas.json'))).toEqual({
      path: join(folder, 'saknas.json'),
      defaults: null,
      problem: null,
    });
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const reply = await loadItDefaults(good, () => Promise.reject(denied));
    expect(reply.problem).toBe(`IT:s standardinställningar i ${good} används inte: filen får inte läsas.`);
    // A folder where the file should be is read as unreadable, not a crash.
    expect((await loadItDefaults(folder)).problem).toMatch(/kunde inte läsas/);
  });
});
