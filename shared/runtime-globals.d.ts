/*
 * The few globals shared/ may use: the WHATWG Encoding API exists in every runtime the
 * domain runs in (Chromium, Electron, Node 20), but lives in the DOM and Node type
 * libraries, which shared/ deliberately does not load.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** A WebCrypto key; named as in the DOM library so the renderer's keys fit. */
interface CryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
}

interface CryptoKeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

type Ed25519 = { name: 'Ed25519' };

/** WebCrypto, present in Chromium, Electron and Node 20 as globalThis.crypto (Ed25519 in all three). */
declare const crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
    generateKey(algorithm: Ed25519, extractable: boolean, usages: ('sign' | 'verify')[]): Promise<CryptoKeyPair>;
    sign(algorithm: Ed25519, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
    verify(algorithm: Ed25519, key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
    importKey(
      format: 'raw',
      keyData: Uint8Array,
      algorithm: Ed25519,
      extractable: boolean,
      usages: 'verify'[],
    ): Promise<CryptoKey>;
    exportKey(format: 'raw', key: CryptoKey): Promise<ArrayBuffer>;
  };
  randomUUID(): string;
};
