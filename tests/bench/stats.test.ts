import { describe, expect, it } from 'vitest';
import { median, p95, verdict, type Figure } from './stats';

const figure = (app: number, comparator: number, bound: number, absolute = false): Figure => ({
  name: 'x',
  app,
  comparator,
  comparatorName: 'y',
  bound,
  absolute,
});

describe('bench verdicts', () => {
  it.each([
    ['a ratio within its bound', figure(12, 10, 1.5), 'ja'],
    ['a ratio over its bound', figure(16, 10, 1.5), 'NEJ'],
    ['an absolute figure within its bound', figure(40, 90, 50, true), 'ja'],
    ['an absolute figure over its bound while the comparator keeps it', figure(60, 20, 50, true), 'NEJ'],
    ['an absolute figure over its bound that the comparator breaks too', figure(125, 118, 100, true), 'störd'],
  ] as const)('%s', (_name, f, expected) => {
    expect(verdict(f)).toBe(expected);
  });

  it.each([
    [[5, 1, 3], 3, 5],
    [Array.from({ length: 100 }, (_, i) => i + 1), 50, 95],
  ])('median and p95 by nearest rank of %j', (samples, m, p) => {
    expect(median(samples)).toBe(m);
    expect(p95(samples)).toBe(p);
  });
});
