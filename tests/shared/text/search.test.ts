import { describe, expect, it } from 'vitest';
import { findMatches, replaceAcross, searchPattern, type SearchOptions } from '../../../shared/text/search';

const options = (query: string, change: Partial<SearchOptions> = {}): SearchOptions => ({
  query,
  matchCase: false,
  wholeWord: false,
  ...change,
});
const found = (text: string, o: SearchOptions) =>
  findMatches(text, searchPattern(o)!).map((m) => text.slice(m.start, m.end));

describe('search', () => {
  it.each([
    ['any case by default', 'Region region REGION', options('region'), ['Region', 'region', 'REGION']],
    ['case when asked', 'Region region REGION', options('region', { matchCase: true }), ['region']],
    ['Swedish letters in any case', 'Årets ÅRETS årets', options('årets'), ['Årets', 'ÅRETS', 'årets']],
    [
      'inside words unless whole words',
      'kompetens kompetensförsörjning',
      options('kompetens'),
      ['kompetens', 'kompetens'],
    ],
    [
      'whole words only',
      'kompetens kompetensförsörjning kompetens.',
      options('kompetens', { wholeWord: true }),
      ['kompetens', 'kompetens'],
    ],
    ['whole words: å and ö are letters', 'året åretsvis', options('året', { wholeWord: true }), ['året']],
    ['regex characters are plain text', 'a.b a+b (x) [y] 5$ a/b', options('a.b'), ['a.b']],
    ['parentheses and slashes too', 'a.b a+b (x) [y] 5$ a/b', options('(x)'), ['(x)']],
    ['no overlaps', 'aaaa', options('aa'), ['aa', 'aa']],
  ])('finds %s', (_name, text, o, expected) => {
    expect(found(text, o)).toEqual(expected);
  });

  it('has no pattern for an empty query', () => {
    expect(searchPattern(options(''))).toBeNull();
  });

  it.each([
    ['within one piece', ['Hej region!'], 4, 10, 'län', ['Hej län!']],
    ['across two pieces: the replacement where the match starts', ['Hej reg', 'ion!'], 4, 10, 'län', ['Hej län', '!']],
    ['across three pieces, the middle one emptied', ['a', 'bc', 'd'], 0, 4, 'X', ['X', '', '']],
    ['at the start of the second piece', ['ab', 'cd'], 2, 3, 'X', ['ab', 'Xd']],
    ['the whole text', ['abc'], 0, 3, '', ['']],
  ])('replaces %s', (_name, pieces, start, end, replacement, expected) => {
    expect(replaceAcross(pieces, start, end, replacement)).toEqual(expected);
    expect(replaceAcross(pieces, start, end, replacement).join('')).toBe(
      pieces.join('').slice(0, start) + replacement + pieces.join('').slice(end),
    );
  });
});
