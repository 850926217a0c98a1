import { describe, expect, it } from 'vitest';
import { isLocked, parseItDefaults } from '../../../shared/settings/it-defaults';

const PATH = '/etc/rapportverkstad/standard.json';
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const KEY = {
  name: 'Christer Alzén',
  title: 'Förvaltningsdirektör',
  organisation: 'Region Västmanland',
  publicKey: 'A'.repeat(43) + '=',
  fingerprint: 'a'.repeat(64),
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('IT defaults (standard.json)', () => {
  it('reads a full file', () => {
    const file = {
      formatVersion: 1,
      organisation: 'Region Västmanland',
      departments: [{ name: 'Folkhälsa', contactName: 'Eva', contactEmail: 'eva@example.se' }, { name: 'Analys' }],
      inboxFolder: 'S:\\Rapportverkstad\\Inkorg',
      backupFolder: 'H:\\Säkerhetskopior',
      trustedKeys: [KEY],
      locked: ['organisation', 'departments'],
    };
    const reply = parseItDefaults(bytes(file), PATH);
    expect(reply).toEqual({ path: PATH, defaults: file, problem: null });
    expect(isLocked(reply.defaults, 'organisation')).toBe(true);
    expect(isLocked(reply.defaults, 'inboxFolder')).toBe(false);
  });

  it('is no problem when there is no file', () => {
    expect(parseItDefaults(null, PATH)).toEqual({ path: PATH, defaults: null, problem: null });
    expect(isLocked(null, 'organisation')).toBe(false);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['not JSON', bytes('{ organisation: Region'), /inte giltig JSON/],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), /inte giltig JSON i UTF-8/],
    ['another format version', bytes({ formatVersion: 2 }), /formatVersion/],
    ['an unknown setting', bytes({ formatVersion: 1, theme: 'mörk' }), /theme|okänd|Unrecognized/i],
    [
      'a department twice',
      bytes({ formatVersion: 1, departments: [{ name: 'Analys' }, { name: 'analys' }] }),
      /två gånger/,
    ],
    ['a lock on something that cannot be locked', bytes({ formatVersion: 1, locked: ['trustedKeys'] }), /locked/],
    [
      'a key that is no Ed25519 key',
      bytes({ formatVersion: 1, trustedKeys: [{ ...KEY, publicKey: 'kort' }] }),
      /Ed25519/,
    ],
    ['a file over 1 MB', new Uint8Array(1024 * 1024 + 1), /större än 1 MB/],
    ['nesting deeper than any file needs', bytes(`${'['.repeat(5_000)}${']'.repeat(5_000)}`), /för djupt nästlad/],
  ])('ignores %s and says why, naming the file', (_name, content, why) => {
    const reply = parseItDefaults(content, PATH);
    expect(reply.defaults).toBeNull();
    expect(reply.problem).toMatch(new RegExp(`^IT:s standardinställningar i ${PATH} används inte: `));
    expect(reply.problem).toMatch(why);
  });
});
