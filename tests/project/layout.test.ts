import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, repo), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;

interface TsConfig {
  references?: { path: string }[];
  compilerOptions?: { lib?: string[]; types?: string[]; strict?: boolean };
}

describe('the top level', () => {
  it.each([
    'package.json',
    'electron-builder.yml',
    'tsconfig.json',
    'main',
    'renderer',
    'shared',
    'assets',
    'tests',
    'README.md',
    '.ci/run',
  ])('%s exists', (path) => {
    expect(existsSync(new URL(path, repo))).toBe(true);
  });
});

describe('TypeScript projects', () => {
  it('tsconfig.json references one project per layer', () => {
    expect(json<TsConfig>('tsconfig.json').references?.map((r) => r.path)).toEqual([
      './shared',
      './renderer',
      './main',
      './tests',
    ]);
  });

  it('is strict everywhere', () => {
    expect(json<TsConfig>('tsconfig.base.json').compilerOptions?.strict).toBe(true);
  });

  it.each([
    ['shared', false, false],
    ['renderer', true, false],
    ['main', false, true],
  ])('%s: DOM types %s, Node types %s', (layer, dom, node) => {
    const options = json<TsConfig>(`${layer}/tsconfig.json`).compilerOptions ?? {};
    expect(options.lib?.includes('DOM') ?? false).toBe(dom);
    expect(options.types?.includes('node') ?? false).toBe(node);
    expect(options.types).toBeDefined();
  });
});

describe('README.md', () => {
  const readme = read('README.md');
  it('opens with the two commands a newcomer runs', () => {
    const firstCommands = [...readme.matchAll(/^\s*(npm ci && npm \w+)\s*$/gm)].map((m) => m[1]).slice(0, 2);
    expect(firstCommands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(readme.indexOf('npm ci && npm start')).toBeLessThan(400);
  });
});

describe('.ci/run', () => {
  const ci = read('.ci/run');
  it.each([
    ['skips the Electron download', /ELECTRON_SKIP_BINARY_DOWNLOAD=1/],
    ['runs npm ci', /npm ci/],
    ['runs the README test command', /npm test/],
  ])('%s', (_name, pattern) => {
    expect(ci).toMatch(pattern);
  });

  it('leaves the tools to npm test, which checks for them first and installs Chromium and the rest from Debian', () => {
    expect(JSON.parse(read('package.json')).scripts.test).toMatch(/^node main\/scripts\/check-test-tools\.mjs && /);
    const check = read('main/scripts/check-test-tools.mjs');
    for (const pkg of ['chromium', 'libreoffice-writer-nogui', 'poppler-utils', 'fonts-liberation'])
      expect(check).toContain(`package: '${pkg}'`);
    expect(check).toMatch(/apt-get/);
  });
});
