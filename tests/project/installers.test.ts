import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/*
 * What can be checked here of the release, where Electron cannot be downloaded: the
 * installer configuration against electron-builder's own schema, the Windows targets IT
 * deploys with, the README's silent-install commands, and the desktop workflow that runs
 * everything on real Windows, macOS and Linux runners.
 */

const repo = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, repo), 'utf8');

interface BuilderConfig {
  win: { target: string[] };
  nsis: { perMachine: boolean; oneClick: boolean };
  msi: { perMachine: boolean; upgradeCode: string };
}

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      strategy: { matrix: { os: string[] } };
      steps: { name: string; run?: string; uses?: string; if?: string }[];
    }
  >;
}

describe('installers', () => {
  const config = parse(read('electron-builder.yml')) as BuilderConfig;

  it('passes electron-builder’s own configuration schema', () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('builds a per-user NSIS installer (no admin rights) and a per-machine MSI for Intune and SCCM', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: false });
    expect(config.msi.perMachine).toBe(true);
    expect(config.msi.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('documents the silent installs and where IT puts standard.json', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/msiexec \/i "?Rapportverkstad[^\n]*\.msi"? \/qn/);
    expect(readme).toMatch(/Rapportverkstad Setup[^\n]*\.exe"? \/S/);
    for (const place of [
      '%ProgramData%\\Rapportverkstad\\standard.json',
      '/Library/Application Support/Rapportverkstad/standard.json',
      '/etc/rapportverkstad/standard.json',
    ]) {
      expect(readme).toContain(place);
    }
  });
});

describe('the desktop workflow', () => {
  const workflow = parse(read('.github/workflows/desktop.yml')) as Workflow;
  const job = workflow.jobs.desktop!;
  const runs = job.steps.map((s) => s.run ?? '');

  it('runs on Windows, macOS and Linux, on pushes, pull requests and by hand', () => {
    expect(job.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request', 'workflow_dispatch']);
  });

  it('installs with the Electron binary, runs the README test command, the Electron e2e test under a virtual display, and builds the installers', () => {
    expect(runs).toContain('npm ci');
    expect(runs.some((r) => /^npm test$/.test(r))).toBe(true);
    expect(runs.some((r) => /^xvfb-run .*electron-smoke\.spec\.ts$/.test(r))).toBe(true);
    expect(runs).toContain('npm run dist');
    expect(job.steps.every((s) => s.name && (s.run ?? s.uses))).toBe(true);
    expect(job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))).toBeDefined();
    // The binary download must not be skipped there, or the desktop test would skip too.
    expect(read('.github/workflows/desktop.yml')).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
  });
});
