import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/security/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://www.tillvaxtverket.se/anvisningar', true],
    ['http://www.regeringen.se/', true],
    ['mailto:christer.alzen@regionvastmanland.se', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['app://rapportverkstad/index.html', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['https://user:pass@example.se/', false],
    ['http://localhost:8080/', false],
    ['mailto:', false],
    ['inte en adress', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});
