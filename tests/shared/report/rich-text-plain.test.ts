import { describe, expect, it } from 'vitest';
import { emptyRichText } from '../../../shared/report/content-schema';
import { countText, isRichTextEmpty, richTextToPlain } from '../../../shared/report/rich-text-plain';
import { heading, list, paragraph, richText, text } from '../fixtures';

describe('richTextToPlain', () => {
  it.each([
    ['empty', emptyRichText(), ''],
    ['one paragraph', richText(paragraph(text('Hej '), text('världen', 1))), 'Hej världen'],
    ['heading and paragraph', richText(heading('Prestationer'), paragraph(text('Text.'))), 'Prestationer\nText.'],
    ['a bullet list', richText(list('bullet', 'ett', 'två')), '• ett\n• två'],
    ['a numbered list', richText(list('number', 'ett', 'två')), '1. ett\n2. två'],
  ])('%s', (_name, content, expected) => {
    expect(richTextToPlain(content)).toBe(expected);
  });
});

describe('countText', () => {
  it.each([
    [emptyRichText(), 0, 0],
    [richText(paragraph(text('Resultatet baseras på uppföljning.'))), 34, 4],
    [richText(list('bullet', 'ett', 'två'), paragraph(text('– tre'))), 11, 3],
  ])('counts characters and words', (content, characters, words) => {
    expect(countText(content)).toEqual({ characters, words });
  });
});

describe('isRichTextEmpty', () => {
  it.each([
    [emptyRichText(), true],
    [richText(paragraph(text('   '))), true],
    [richText(paragraph(text('x'))), false],
    [
      richText(paragraph({ type: 'image', version: 1, imageId: 'bild-0001', altText: '', width: null, height: null })),
      false,
    ],
  ])('%#', (content, empty) => {
    expect(isRichTextEmpty(content)).toBe(empty);
  });
});
