import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../shared/text/dates';

describe('isIsoDate', () => {
  it.each([
    ['2026-01-21', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-1-21', false],
    ['21/01/2026', false],
    ['01/21/2026', false],
    ['', false],
  ])('%s → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));
});
