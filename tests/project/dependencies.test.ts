import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', repo), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const all = { ...pkg.dependencies, ...pkg.devDependencies };
const installed = (name: string) =>
  JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, repo), 'utf8')) as {
    version: string;
    peerDependencies?: Record<string, string>;
  };

describe('dependencies', () => {
  it.each(Object.entries(all))('%s is pinned to an exact version (%s)', (_name, version) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('pins lexical and every @lexical/* package to one version', () => {
    const versions = Object.entries(all).filter(([name]) => name === 'lexical' || name.startsWith('@lexical/'));
    expect(versions.length).toBeGreaterThan(5);
    expect(new Set(versions.map(([, v]) => v)).size).toBe(1);
    for (const [name, version] of versions) expect(installed(name).version).toBe(version);
  });

  it('uses a TypeScript that typescript-eslint supports', () => {
    const range = installed('@typescript-eslint/typescript-estree').peerDependencies?.typescript ?? '';
    const [major, minor] = all.typescript!.split('.').map(Number);
    const upper = /<(\d+)\.(\d+)/.exec(range);
    expect(upper, `peer range ${range}`).not.toBeNull();
    expect(major! * 100 + minor!).toBeLessThan(Number(upper![1]) * 100 + Number(upper![2]));
  });

  it.each([
    'electron',
    'electron-builder',
    'react',
    'react-dom',
    'lexical',
    'dexie',
    'docx',
    'zod',
    'vite',
    'vitest',
    '@playwright/test',
    'eslint',
    'typescript-eslint',
    'fake-indexeddb',
  ])('has %s', (name) => {
    expect(all[name]).toBeDefined();
  });

  it('approves the electron install script and decides on every other that asks', () => {
    expect(pkg.allowScripts.electron).toBe(true);
    expect(Object.values(pkg.allowScripts).every((v) => typeof v === 'boolean')).toBe(true);
  });
});

describe('npm scripts', () => {
  it.each(['start', 'dev', 'web', 'test', 'dist', 'cli'])('defines %s', (name) => {
    expect(pkg.scripts[name]).toBeTruthy();
  });

  it('runs typecheck, lint, unit and e2e tests in npm test, in that order', () => {
    const steps = ['typecheck', 'lint', 'test:unit', 'test:e2e'].map((s) => pkg.scripts.test!.indexOf(`npm run ${s}`));
    expect(steps.every((i) => i >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('serves the web build on 127.0.0.1', () => {
    expect(pkg.scripts.web).toContain('--host 127.0.0.1');
  });

  it.each(['nsis', 'dmg', 'AppImage', 'deb'])('packages a %s target', (target) => {
    expect(readFileSync(new URL('electron-builder.yml', repo), 'utf8')).toMatch(new RegExp(`\\b${target}\\b`));
  });
});
