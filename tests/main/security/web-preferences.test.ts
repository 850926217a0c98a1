import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../../main/security/web-preferences';

describe('SECURE_WEB_PREFERENCES', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(SECURE_WEB_PREFERENCES[key]).toBe(value);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});
