import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/cli';
import { fakeIo } from './fake-io';

describe('runCli', () => {
  it.each([[[]], [['--help']], [['help']]])('prints the usage for %j', async (args) => {
    const { io, output } = fakeIo();
    expect(await runCli(args, io)).toBe(0);
    expect(output().out).toMatch(/^Användning: rapportverkstad/);
  });

  it('exits 2 on an unknown command and names it', async () => {
    const { io, output } = fakeIo();
    expect(await runCli(['trolla'], io)).toBe(2);
    expect(output().err).toContain('Okänt kommando: trolla');
  });

  it('has --help on every command', async () => {
    const { io, output } = fakeIo();
    expect(await runCli(['merge', '--help'], io)).toBe(0);
    expect(output().out).toMatch(/rapportverkstad merge RAPPORT\.rvrapport/);
  });
});

describe('the command as installed (npm run cli)', () => {
  it('runs from the shell and exits with the command’s code', async () => {
    const { spawnSync } = await import('node:child_process');
    const repo = new URL('../../../', import.meta.url).pathname;
    const help = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'main/cli/cli.ts', 'merge', '--help'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('rapportverkstad merge');
    const bad = spawnSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'main/cli/cli.ts',
        'merge',
        'saknas.rvrapport',
        'x.rvbidrag',
        '--out',
        'y.rvrapport',
      ],
      { cwd: repo, encoding: 'utf8', timeout: 60_000 },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/saknas\.rvrapport/);
  });
});
