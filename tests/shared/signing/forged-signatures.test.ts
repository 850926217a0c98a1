import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/files/checksum';
import { keyIdOf, type Manifest } from '../../../shared/signing/manifest';
import { pointProblem, signatureProblem } from '../../../shared/signing/ed25519-checks';
import { buildKeyFile, parseFingerprint, readTrustedKeys } from '../../../shared/signing/trusted-keys';
import { verifyFile, type KnownKey } from '../../../shared/signing/verify';
import { decodeBase64, encodeBase64 } from '../../../shared/text/base64';
import { signedManifest } from './signed-fixture';

/*
 * Forged signatures (#15, part 1): a manifest re-signed with another key verifies only
 * as "unknown key", a key or signature of small order or in a non-canonical encoding is
 * refused before WebCrypto sees it, and a signer's key travels as a key file whose
 * fingerprint must match.
 */

const docx = new TextEncoder().encode('PK en docx '.repeat(100));
const trusted = (m: Manifest): KnownKey[] => [
  { fingerprint: m.keyFingerprint!, name: 'Christer Alzén', title: 'Förvaltningsdirektör' },
];
const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => parseInt(b, 16)));
const IDENTITY = hex('0100000000000000000000000000000000000000000000000000000000000000');
const L_BYTES = hex('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010');

function addLittleEndian(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  let carry = 0;
  for (let i = 0; i < 32; i++) {
    const sum = a[i]! + b[i]! + carry;
    out[i] = sum & 0xff;
    carry = sum >> 8;
  }
  return out;
}

describe('forged and weak signatures', () => {
  it('a manifest re-signed with a fresh key verifies only as an unknown key, never as the trusted signer', async () => {
    const real = await signedManifest([{ name: 'rapport.docx', bytes: docx }]);
    const changed = new TextEncoder().encode('PK en ÄNDRAD docx '.repeat(100));
    const forged = await signedManifest([{ name: 'rapport.docx', bytes: changed }]);
    const verdict = await verifyFile('rapport.docx', changed, forged, trusted(real));
    expect(verdict).toMatchObject({ ok: false, reason: 'unknown-key', fingerprint: forged.keyFingerprint });
    expect(verdict.message).toMatch(/^giltig signatur men okänd nyckel/);
    expect(await verifyFile('rapport.docx', changed, forged, [])).toMatchObject({ ok: false, reason: 'unknown-key' });
    expect(await verifyFile('rapport.docx', docx, real, trusted(real))).toMatchObject({
      ok: true,
      trustedAs: { name: 'Christer Alzén' },
    });
  });

  it('refuses the identity key with R = identity and S = 0, which WebCrypto would accept for any file', async () => {
    const real = await signedManifest([{ name: 'rapport.docx', bytes: docx }]);
    const forged: Manifest = {
      ...real,
      files: [{ name: 'rapport.docx', size: 3, sha256: await sha256Hex(new Uint8Array([1, 2, 3])) }],
      publicKey: encodeBase64(IDENTITY),
      keyId: await keyIdOf(IDENTITY),
      keyFingerprint: await sha256Hex(IDENTITY),
      signature: encodeBase64(new Uint8Array([...IDENTITY, ...new Uint8Array(32)])),
    };
    const verdict = await verifyFile('rapport.docx', new Uint8Array([1, 2, 3]), forged, [
      { fingerprint: forged.keyFingerprint!, name: 'x', title: '' },
    ]);
    expect(verdict).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verdict.message).toMatch(/liten ordning/);
  });

  it('refuses a signature whose S is not below the group order (the same signature encoded again)', async () => {
    const real = await signedManifest([{ name: 'rapport.docx', bytes: docx }]);
    const signature = decodeBase64(real.signature)!;
    const malleated = new Uint8Array([
      ...signature.subarray(0, 32),
      ...addLittleEndian(signature.subarray(32), L_BYTES),
    ]);
    const verdict = await verifyFile(
      'rapport.docx',
      docx,
      { ...real, signature: encodeBase64(malleated) },
      trusted(real),
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verdict.message).toMatch(/S ≥ L/);
  });

  it.each([
    ['the identity', '0100000000000000000000000000000000000000000000000000000000000000', 'small-order'],
    ['the point of order 2', 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', 'small-order'],
    ['a point of order 8', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', 'small-order'],
    ['y = p (non-canonical zero)', 'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', 'non-canonical'],
    [
      'y = p + 1 (non-canonical identity)',
      'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      'non-canonical',
    ],
    [
      'the identity with the sign bit',
      '0100000000000000000000000000000000000000000000000000000000000080',
      'small-order',
    ],
  ])('refuses %s as a public key', (_name, point, problem) => {
    expect(pointProblem(hex(point))).toBe(problem);
    expect(signatureProblem(hex(point), new Uint8Array(64))).not.toBeNull();
  });

  it('takes a real key and signature', async () => {
    const real = await signedManifest([{ name: 'rapport.docx', bytes: docx }]);
    expect(signatureProblem(decodeBase64(real.publicKey)!, decodeBase64(real.signature)!)).toBeNull();
  });
});

describe('key files and fingerprints', () => {
  it('a signer’s key file makes their signature trusted; a key file whose fingerprint does not match is refused', async () => {
    const manifest = await signedManifest([{ name: 'rapport.docx', bytes: docx }]);
    const file = await buildKeyFile(
      decodeBase64(manifest.publicKey)!,
      { name: 'Christer Alzén', title: 'Förvaltningsdirektör', organisation: 'Region Västmanland' },
      new Date('2026-01-21T10:00:00Z'),
    );
    const keys = await readTrustedKeys(file, 'christer.rvnyckel');
    expect(await verifyFile('rapport.docx', docx, manifest, keys)).toMatchObject({
      ok: true,
      trustedAs: { name: 'Christer Alzén' },
    });
    // Another fingerprint of the same length: the first digit changed (whatever it was).
    const tampered = new TextEncoder().encode(
      new TextDecoder()
        .decode(file)
        .replace(/"fingerprint": "([0-9a-f])/, (_m, d: string) => `"fingerprint": "${d === '0' ? '1' : '0'}`),
    );
    await expect(readTrustedKeys(tampered, 'falsk.rvnyckel')).rejects.toThrow(/^falsk\.rvnyckel: /);
  });

  it.each([
    ['3f2a 91c0 ' + 'ab'.repeat(28), '3f2a91c0' + 'ab'.repeat(28)],
    ['3F:2A:' + 'AB'.repeat(30), '3f2a' + 'ab'.repeat(30)],
    ['för kort', null],
  ])('reads the fingerprint %s', (text, expected) => {
    expect(parseFingerprint(text)).toBe(expected);
  });
});
