import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/files/checksum';
import { keyIdOf, type Manifest } from '../../shared/signing/manifest';
import { verifyFile, type KnownKey } from '../../shared/signing/verify';
import { decodeBase64, encodeBase64 } from '../../shared/text/base64';
import { signedManifest } from '../shared/signing/signed-fixture';
import { recordFigure, runs } from './figures';

/*
 * Forged signatures (reliability): generated forgeries of a signed report's manifest —
 * re-signed with a fresh key, a small-order or non-canonical key with any R and S,
 * flipped bits in the key, the signature or the signed fields — checked against the
 * real signer's key. None may verify as the trusted signer.
 */

const RUNS = runs(2_000, 100);
const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));
const WEAK_KEYS = [
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
].map(hex);

describe('forged signatures (reliability)', () => {
  it(`no forgery verifies as the trusted signer (${RUNS} generated forgeries)`, { timeout: 600_000 }, async () => {
    const original = new TextEncoder().encode('PK signerad rapport '.repeat(200));
    const forgedFile = new TextEncoder().encode('PK ÄNDRAD rapport '.repeat(200));
    const real = await signedManifest([{ name: 'rapport.docx', bytes: original }]);
    const trusted: KnownKey[] = [
      { fingerprint: real.keyFingerprint!, name: 'Christer Alzén', title: 'Förvaltningsdirektör' },
    ];
    const forgedEntry = { name: 'rapport.docx', size: forgedFile.length, sha256: await sha256Hex(forgedFile) };
    let tries = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant({ kind: 'fresh-key' as const }),
          fc.record({
            kind: fc.constant('weak-key' as const),
            key: fc.nat(WEAK_KEYS.length - 1),
            r: fc.uint8Array({ minLength: 32, maxLength: 32 }),
            s: fc.uint8Array({ minLength: 32, maxLength: 32 }),
            identityR: fc.boolean(),
          }),
          fc.record({
            kind: fc.constant('flip' as const),
            where: fc.constantFrom('publicKey', 'signature'),
            bit: fc.nat(255),
          }),
          fc.record({
            kind: fc.constant('edit' as const),
            field: fc.constantFrom('files', 'signer', 'date', 'keyFingerprint'),
          }),
        ),
        async (forgery) => {
          tries++;
          let manifest: Manifest;
          if (forgery.kind === 'fresh-key') {
            manifest = await signedManifest([{ name: 'rapport.docx', bytes: forgedFile }]);
          } else if (forgery.kind === 'weak-key') {
            const key = WEAK_KEYS[forgery.key]!;
            const r = forgery.identityR ? WEAK_KEYS[0]! : forgery.r;
            manifest = {
              ...real,
              files: [forgedEntry],
              publicKey: encodeBase64(key),
              keyId: await keyIdOf(key),
              keyFingerprint: await sha256Hex(key),
              signature: encodeBase64(new Uint8Array([...r, ...(forgery.identityR ? new Uint8Array(32) : forgery.s)])),
            };
          } else if (forgery.kind === 'flip') {
            const bytes = decodeBase64(real[forgery.where])!.slice();
            bytes[forgery.bit >> 3]! ^= 1 << (forgery.bit & 7);
            manifest = { ...real, files: [forgedEntry], [forgery.where]: encodeBase64(bytes) };
          } else {
            manifest =
              forgery.field === 'files'
                ? { ...real, files: [forgedEntry] }
                : forgery.field === 'signer'
                  ? { ...real, signer: { name: 'Eva Ek', title: 'Regiondirektör' } }
                  : forgery.field === 'date'
                    ? { ...real, date: '2026-02-01' }
                    : { ...real, keyFingerprint: 'ab'.repeat(32) };
          }
          const file = forgery.kind === 'edit' && forgery.field !== 'files' ? original : forgedFile;
          const verdict = await verifyFile('rapport.docx', file, manifest, trusted);
          if (verdict.ok) accepted++;
          expect(verdict.ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
    recordFigure({
      id: 'forged-signatures',
      what: 'förfalskade signaturer (ny nyckel, nyckel av liten ordning, ändrade bitar och fält) godtagna som betrodd signerare',
      tries,
      broke: accepted,
    });
  });
});
