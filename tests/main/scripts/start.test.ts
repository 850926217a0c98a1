import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

function electronInstalled(): boolean {
  try {
    return existsSync(createRequire(import.meta.url)('electron') as string);
  } catch {
    return false;
  }
}

describe('npm start without the Electron binary', () => {
  if (electronInstalled()) {
    it.skip('cannot be tried here: the Electron binary is installed, so npm start would open the app', () => {});
    return;
  }

  it('says in one line that Electron could not be fetched and points to npm run web', () => {
    const run = spawnSync(process.execPath, ['main/scripts/start.mjs'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 60_000,
      // A closed local port as the download mirror: the fetch fails at once, as offline.
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: mkdtempSync(join(tmpdir(), 'rv-el-')) },
    });
    expect(run.status).toBe(1);
    const errorLines = run.stderr.trim().split('\n');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/Electron kunde inte hämtas.*npm run web -- --port 4173/);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
