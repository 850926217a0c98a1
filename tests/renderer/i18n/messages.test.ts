import { describe, expect, it } from 'vitest';
import { en, format, sv } from '../../../renderer/i18n/messages';

describe('messages', () => {
  it('has an English text for every Swedish one, and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const text of [...Object.values(sv), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('uses the singular where the number is one: no "1 kommentarer" or "1 konflikter" is left', () => {
    // A count placed before a plural noun must go through {count|…|…}.
    const countedPlural =
      /\{(count|errors|warnings|conflicts|answers)\} (kommentarer|konflikter|varningar|förekomster|nycklar|stycken|olösta|ändrade ord|comments|conflicts|warnings|errors|keys|occurrences|answers|paragraphs)/;
    const slips = Object.entries({ ...sv })
      .filter(([, text]) => countedPlural.test(text))
      .concat(Object.entries({ ...en }).filter(([, text]) => countedPlural.test(text)));
    expect(slips).toEqual([]);
  });

  it.each([
    ['År {year}', { year: 2025 }, 'År 2025'],
    ['{sections} avsnitt, {questions} svarsfält', { sections: 6, questions: 30 }, '6 avsnitt, 30 svarsfält'],
    ['{saknas} kvar', {}, '{saknas} kvar'],
    ['{count|# kommentar|# kommentarer}', { count: 1 }, '1 kommentar'],
    ['{count|# kommentar|# kommentarer}', { count: 0 }, '0 kommentarer'],
    ['{count|# kommentar|# kommentarer}', { count: 2 }, '2 kommentarer'],
    ['Stycken: {a|# nytt|# nya}, {b|# ändrat|# ändrade}', { a: 1, b: 3 }, 'Stycken: 1 nytt, 3 ändrade'],
    ['{count|# fil|# filer}', { count: 'x' }, '{count|# fil|# filer}'],
  ])('format(%s) gives %s', (message, params, expected) => {
    expect(format(message, params)).toBe(expected);
  });
});
