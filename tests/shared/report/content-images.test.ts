import { describe, expect, it } from 'vitest';
import { imageIdsIn, renameImages } from '../../../shared/report/content-images';
import type { SerializedTextBlock } from '../../../shared/report/content-schema';
import { list, paragraph, richText, text } from '../fixtures';

const image = (imageId: string) => ({
  type: 'image' as const,
  version: 1 as const,
  imageId,
  altText: '',
  width: null,
  height: null,
});

describe('images in content', () => {
  const content = richText(paragraph(text('före '), image('bild-aaaa')), list('bullet', 'punkt'), {
    type: 'conflict',
    version: 1,
    departmentId: 'avd-0001',
    revision: 2,
    mine: paragraph(image('bild-bbbb')) as SerializedTextBlock,
    theirs: null,
  });

  it('finds images in paragraphs and in both sides of a conflict', () => {
    expect(imageIdsIn(content)).toEqual(['bild-aaaa', 'bild-bbbb']);
  });

  it('renames them everywhere and leaves the rest as it was', () => {
    const renamed = renameImages(
      content,
      new Map([
        ['bild-aaaa', 'bild-1111'],
        ['bild-bbbb', 'bild-2222'],
      ]),
    );
    expect(imageIdsIn(renamed)).toEqual(['bild-1111', 'bild-2222']);
    expect(imageIdsIn(content)).toEqual(['bild-aaaa', 'bild-bbbb']);
  });
});
