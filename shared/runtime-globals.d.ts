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

/** WebCrypto, present in Chromium, Electron and Node 20 as globalThis.crypto. */
declare const crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  };
  randomUUID(): string;
};
