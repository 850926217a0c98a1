import { spawn } from 'node:child_process';
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
  // Where the binary is installed, `--web` asks for the same web build, so the serving is tried everywhere.
  const installed = electronInstalled();

  it(
    'says so in one line, serves the web build on 127.0.0.1 from port 4173 on, and the page loads',
    { timeout: 180_000 },
    async () => {
      const child = spawn(process.execPath, ['main/scripts/start.mjs', ...(installed ? ['--web'] : [])], {
        cwd: repo,
        // A closed local port as the download mirror: the fetch fails at once, as offline; no browser is opened.
        env: {
          ...process.env,
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
          electron_config_cache: mkdtempSync(join(tmpdir(), 'rv-el-')),
          RV_NO_BROWSER: '1',
        },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`ingen adress efter 150 s:\n${out}\n${err}`)), 150_000);
          child.stdout.on('data', () => {
            const match = /webbversion på (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(out);
            if (match) {
              clearTimeout(timer);
              resolve(match[1]!);
            }
          });
          child.on('exit', (code) => reject(new Error(`npm start slutade (${code}):\n${out}\n${err}`)));
        });
        expect(Number(/:(\d+)\/$/.exec(url)![1])).toBeGreaterThanOrEqual(4173);
        if (!installed)
          expect(err.trim().split('\n')).toEqual([
            'Electron kunde inte hämtas (ingen internetanslutning?); startar webbversionen i stället.',
          ]);
        expect(out).toMatch(
          new RegExp(
            `Rapportverkstad körs som webbversion på http://127\\.0\\.0\\.1:\\d+/ \\(${installed ? 'som begärt' : 'Electron saknas'}\\) – Ctrl\\+C avslutar\\.`,
          ),
        );
        const page = await fetch(url);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Content-Security-Policy');
        // Nothing outside the built app is served.
        expect((await fetch(new URL('/../package.json', url))).status).not.toBe(200);
        expect((await fetch(`${url}%2e%2e/package.json`)).status).not.toBe(200);
      } finally {
        child.kill('SIGINT');
      }
    },
  );
});
