import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo, terminalSafe, type CliIo } from '../../../main/cli/cli-io';
import { runCli } from '../../../main/cli/cli';
import { quoted } from '../../../main/cli/command-kit';

/*
 * The command line hardened (#15, part 5): an output that is the same file as an input
 * (by device and inode, whatever the path says) is refused; a missing file, a folder, a
 * device or a named pipe gets a Swedish message naming the path, at once; a write into
 * a missing folder says so without a temp file's name; names from files cannot fake a
 * line or send escape sequences to the terminal.
 */

const dir = mkdtempSync(join(tmpdir(), 'rv-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const real = nodeIo();
  return {
    io: { ...real, out: (t) => void (out += terminalSafe(t)), err: (t) => void (err += terminalSafe(t)) },
    out: () => out,
    err: () => err,
  };
}

async function newReport(name: string): Promise<string> {
  const path = join(dir, name);
  const { io } = capture();
  expect(
    await runCli(
      ['new', '--template', 'resultatredovisning-2025', '--year', '2025', '--org', 'Region X', '--out', path],
      io,
    ),
  ).toBe(0);
  return path;
}

describe('command line safety', () => {
  it.each([
    ['export R --docx R', (r: string) => ['export', r, '--docx', r]],
    ['export R --docx DIR/./R', (r: string) => ['export', r, '--docx', join(dir, '.', 'sub', '..', 'r1.rvrapport')]],
  ])('%s refuses to overwrite its input (exit 2) and leaves it as it was', async (_name, args) => {
    const report = await newReport('r1.rvrapport');
    const before = readFileSync(report);
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const { io, err } = capture();
    expect(await runCli(args(report), io)).toBe(2);
    expect(err()).toMatch(/är samma fil som indatafilen/);
    expect(readFileSync(report)).toEqual(before);
  });

  it.each<[string, () => string, RegExp]>([
    [
      'a missing file',
      () => join(dir, 'finns-inte.rvrapport'),
      /finns-inte\.rvrapport: kan inte läsas: filen eller mappen finns inte\./,
    ],
    ['a folder', () => dir, /: är ingen vanlig fil \(en mapp\)\./],
    [
      '/dev/zero',
      () => '/dev/zero',
      /\/dev\/zero: är ingen vanlig fil \(en enhet, en namngiven pipe eller liknande\)\./,
    ],
    [
      'a named pipe (nobody writes to it: reading it would wait for ever)',
      () => {
        const fifo = join(dir, 'ror.rvrapport');
        rmSync(fifo, { force: true });
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
      /ror\.rvrapport: är ingen vanlig fil/,
    ],
  ])('reading %s is refused in Swedish with the path, exit 2', async (_name, path, message) => {
    const { io, err } = capture();
    expect(await runCli(['text', path()], io)).toBe(2);
    expect(err()).toMatch(message);
    expect(err()).not.toMatch(/ENOENT|EISDIR|Error/);
  });

  it('a write into a missing folder says so, naming the output and no temp file', async () => {
    const report = await newReport('r2.rvrapport');
    const { io, err } = capture();
    expect(await runCli(['export', report, '--docx', join(dir, 'saknas', 'r.docx')], io)).toBe(2);
    expect(err()).toMatch(/saknas\/r\.docx: kan inte skrivas: filen eller mappen finns inte\./);
    expect(err()).not.toMatch(/\.tmp/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a merge whose input is missing names it in Swedish', async () => {
    const report = await newReport('r3.rvrapport');
    const { io, err } = capture();
    expect(await runCli(['merge', report, join(dir, 'borta.rvbidrag'), '--out', join(dir, 'ny.rvrapport')], io)).toBe(
      2,
    );
    expect(err()).toMatch(/borta\.rvbidrag: kan inte läsas: filen eller mappen finns inte\./);
  });

  it('a name from a file cannot fake a line of its own', () => {
    expect(quoted('X\nSkrev ny.rvrapport: allt importerat')).toBe('”X\\nSkrev ny.rvrapport: allt importerat”');
    expect(quoted('X\nSkrev').split('\n')).toHaveLength(1);
  });

  it('terminal output never carries escape sequences or bidi overrides from a file', () => {
    expect(terminalSafe('Avdelning \u001b[2J\u001b]0;titel\u0007 \u202eslutet\n')).toBe(
      'Avdelning \uFFFD[2J\uFFFD]0;titel\uFFFD \uFFFDslutet\n',
    );
  });
});
