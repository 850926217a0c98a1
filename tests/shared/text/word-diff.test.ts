import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords } from '../../../shared/text/word-diff';

const join = (parts: ReturnType<typeof diffWords>, keep: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind !== keep)
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it.each([
    ['same text', 'a b c', 'a b c', [{ kind: 'same', text: 'a b c' }]],
    [
      'a word changed',
      'Vi har gjort mycket',
      'Vi har gjort lite',
      [
        { kind: 'same', text: 'Vi har gjort ' },
        { kind: 'removed', text: 'mycket' },
        { kind: 'added', text: 'lite' },
      ],
    ],
    [
      'a word added',
      'ett tre',
      'ett två tre',
      [
        { kind: 'same', text: 'ett ' },
        { kind: 'added', text: 'två ' },
        { kind: 'same', text: 'tre' },
      ],
    ],
    ['from nothing', '', 'ny text', [{ kind: 'added', text: 'ny text' }]],
    [
      'two different sentences',
      'Första versionen.',
      'Helt annan text.',
      [
        { kind: 'removed', text: 'Första versionen' },
        { kind: 'added', text: 'Helt annan text' },
        { kind: 'same', text: '.' },
      ],
    ],
    [
      'a changed word at the end of a sentence',
      'Vi mätte 12 orter.',
      'Vi mätte 14 orter.',
      [
        { kind: 'same', text: 'Vi mätte ' },
        { kind: 'removed', text: '12' },
        { kind: 'added', text: '14' },
        { kind: 'same', text: ' orter.' },
      ],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(diffWords(before, after)).toEqual(expected);
  });

  it('always rebuilds both texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const parts = diffWords(before, after);
        expect(join(parts, 'added')).toBe(before);
        expect(join(parts, 'removed')).toBe(after);
      }),
    );
  });

  it('stays fast on long, wholly different texts', () => {
    const a = Array.from({ length: 5_000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 5_000 }, (_, i) => `b${i}`).join(' ');
    const parts = diffWords(a, b);
    expect(join(parts, 'added')).toBe(a);
    expect(join(parts, 'removed')).toBe(b);
  });
});
