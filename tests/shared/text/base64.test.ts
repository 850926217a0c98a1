import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../shared/text/base64';

describe('base64', () => {
  it('matches Node for any bytes and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3_000 }), (bytes) => {
        const encoded = encodeBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(encoded)).toEqual(bytes);
      }),
    );
  });

  it.each(['abc', 'ab=c', '@@@@', 'YQ===', 'A===', '====', 'YQ=A', 'åäöx'])('rejects %s', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});
