/*
 * Checks made before an Ed25519 signature is verified, because WebCrypto's verify does
 * not make them: a public key or signature point that is encoded non-canonically
 * (y ≥ p) or that has small order (the identity, order 2, 4 and 8 points) lets a forger
 * make a "valid" signature for any message (A = identity, R = identity, S = 0), and an
 * S not below the group order L is a second encoding of another signature. Such keys
 * and signatures are refused outright.
 */

const P = 2n ** 255n - 19n;
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

// The canonical encodings of the eight points of small order (libsodium's blocklist).
const SMALL_ORDER = new Set([
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0000000000000000000000000000000000000000000000000000000000000080',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
  // x = 0 with the sign bit set: another encoding of the identity and of the order-2 point.
  '0100000000000000000000000000000000000000000000000000000000000080',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
]);

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function littleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

/** Why a 32-byte point encoding is refused (non-canonical or small order), or null when it is acceptable. */
export function pointProblem(point: Uint8Array): 'length' | 'non-canonical' | 'small-order' | null {
  if (point.length !== 32) return 'length';
  const y = littleEndian(point) & ((1n << 255n) - 1n);
  if (y >= P) return 'non-canonical';
  if (SMALL_ORDER.has(hex(point))) return 'small-order';
  return null;
}

/** Why an Ed25519 public key or signature is refused before verifying, or null when both are acceptable. */
export function signatureProblem(publicKey: Uint8Array, signature: Uint8Array): string | null {
  const key = pointProblem(publicKey);
  if (key)
    return key === 'small-order'
      ? 'den offentliga nyckeln är en punkt av liten ordning'
      : 'den offentliga nyckeln är inte kanoniskt kodad';
  if (signature.length !== 64) return 'signaturen har fel längd';
  const r = pointProblem(signature.subarray(0, 32));
  if (r)
    return r === 'small-order' ? 'signaturens R är en punkt av liten ordning' : 'signaturens R är inte kanoniskt kodad';
  if (littleEndian(signature.subarray(32)) >= L) return 'signaturens S är inte kanonisk (S ≥ L)';
  return null;
}
