import { describe, expect, it } from 'vitest';
import { en, format, sv } from '../../../renderer/i18n/messages';

describe('messages', () => {
  it('has an English text for every Swedish one, and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const text of [...Object.values(sv), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it.each([
    ['År {year}', { year: 2025 }, 'År 2025'],
    ['{sections} avsnitt, {questions} svarsfält', { sections: 6, questions: 30 }, '6 avsnitt, 30 svarsfält'],
    ['{saknas} kvar', {}, '{saknas} kvar'],
  ])('format(%s) gives %s', (message, params, expected) => {
    expect(format(message, params)).toBe(expected);
  });
});
