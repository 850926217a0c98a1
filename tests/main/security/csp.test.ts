import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../../main/security/csp';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map(
      (part) =>
        part
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

describe.each([
  ['header', CSP_HEADER],
  ['meta', CSP_META],
])('the %s Content-Security-Policy', (_kind, policy) => {
  const parsed = directives(policy);
  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
  ])('sets %s to %s', (name, value) => {
    expect(parsed.get(name)).toBe(value);
  });

  it('allows neither eval nor inline code', () => {
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval/);
  });
});

describe('frame-ancestors', () => {
  it('is in the header and left out of the meta tag, where browsers ignore it', () => {
    expect(directives(CSP_HEADER).get('frame-ancestors')).toBe("'none'");
    expect(CSP_META).not.toContain('frame-ancestors');
  });
});
