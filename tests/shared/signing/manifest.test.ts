import { describe, expect, it } from 'vitest';
import { encodeManifest, readManifest, reportContentSha256 } from '../../../shared/signing/manifest';
import { verifyFile, type KnownKey } from '../../../shared/signing/verify';
import type { Manifest } from '../../../shared/signing/manifest';
import { completeReport } from '../preflight/complete-report';
import { signedManifest } from './signed-fixture';

const docx = new TextEncoder().encode('PK… en docx-fil med rapportens innehåll '.repeat(50));
const pdf = new TextEncoder().encode('%PDF-1.7 rapporten som pdf '.repeat(40));

const signed = () =>
  signedManifest([
    { name: 'rapport.docx', bytes: docx },
    { name: 'rapport.pdf', bytes: pdf },
  ]);
/** The signer's own key, as a recipient who imported it trusts it. */
const trust = (manifest: Manifest): KnownKey[] => [
  { fingerprint: manifest.keyFingerprint!, name: 'Christer Alzén', title: 'Förvaltningsdirektör' },
];

describe('signature manifest', () => {
  it('verifies the untouched files and names the signer', async () => {
    const manifest = readManifest(encodeManifest(await signed()), 'rapport.signatur.json');
    for (const [name, bytes] of [
      ['rapport.docx', docx],
      ['rapport.pdf', pdf],
    ] as const) {
      const verdict = await verifyFile(name, bytes, manifest, trust(manifest));
      expect(verdict.ok).toBe(true);
      expect(verdict.message).toContain('Christer Alzén');
    }
  });

  it.each([0, 1, 100, docx.length - 1])('fails when byte %i of the file is changed', async (index) => {
    const manifest = await signed();
    const changed = docx.slice();
    changed[index] = changed[index]! ^ 1;
    const verdict = await verifyFile('rapport.docx', changed, manifest, trust(manifest));
    expect(verdict).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('passes a renamed file that is unchanged and fails a file that was never signed', async () => {
    const manifest = await signed();
    expect((await verifyFile('kopia.docx', docx, manifest, trust(manifest))).ok).toBe(true);
    expect(await verifyFile('annan.docx', new Uint8Array([1, 2, 3]), manifest, trust(manifest))).toMatchObject({
      ok: false,
      reason: 'not-listed',
    });
  });

  it.each([
    ['the signer', (m: Record<string, unknown>) => ({ ...m, signer: { name: 'Någon annan', title: '' } })],
    [
      'a file hash',
      (m: Record<string, unknown>) => ({ ...m, files: [{ name: 'rapport.docx', size: 1, sha256: '0'.repeat(64) }] }),
    ],
    ['the date', (m: Record<string, unknown>) => ({ ...m, date: '2026-01-22' })],
  ])('rejects a manifest whose %s was edited after signing', async (_what, edit) => {
    const manifest = edit(await signed()) as Awaited<ReturnType<typeof signed>>;
    expect(await verifyFile('rapport.docx', docx, manifest, trust(manifest))).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it.each([
    ['not JSON', new TextEncoder().encode('inte json')],
    ['another JSON file', new TextEncoder().encode('{"format":"annat"}')],
  ])('refuses a manifest file that is %s, naming the file', (_what, bytes) => {
    expect(() => readManifest(bytes, 'signatur.json')).toThrow(/signatur\.json/);
  });

  it('hashes the report content independently of record order and save times', async () => {
    const { report, answers } = completeReport();
    const shuffled = [...answers].reverse().map((a) => ({ ...a, updatedAt: '2030-01-01T00:00:00.000Z' }));
    expect(await reportContentSha256(report, shuffled)).toBe(await reportContentSha256(report, answers));
    const edited = answers.map((a, i) => (i === 0 ? { ...a, choice: 'nej' as const } : a));
    expect(await reportContentSha256(report, edited)).not.toBe(await reportContentSha256(report, answers));
  });
});
