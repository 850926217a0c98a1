import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as {
  electronFuses: Record<string, boolean>;
  asar: boolean;
  files: string[];
};

describe('electron-builder fuses', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });

  it('packs the app into an asar without source maps', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('!out/**/*.map');
  });
});
