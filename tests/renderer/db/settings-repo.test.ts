import { describe, expect, it } from 'vitest';
import { getHeadingColor, getLogo, removeLogo, setHeadingColor, setLogo } from '../../../renderer/db/settings-repo';
import { barChartPng } from '../../bench/png';
import { freshDb } from './test-db';

describe('the organisation logo setting', () => {
  it('keeps a checked PNG and gives it back; removing it leaves none', async () => {
    const db = freshDb();
    const png = barChartPng([1, 2, 3]);
    await setLogo(db, 'logo.png', png);
    const logo = await getLogo(db);
    expect(logo).toMatchObject({ name: 'logo.png', mimeType: 'image/png' });
    expect([...logo!.bytes]).toEqual([...png]);
    await removeLogo(db);
    expect(await getLogo(db)).toBeNull();
  });

  it.each([
    [
      'a text file called .png',
      'logo.png',
      new TextEncoder().encode('<svg onload=alert(1)>'),
      /logo\.png: filen är ingen bild/,
    ],
    ['an SVG', 'logo.svg', new TextEncoder().encode('<svg/>'), /PNG, JPEG eller GIF/],
    [
      'a PNG larger than 2 MB',
      'stor.png',
      (() => {
        const b = new Uint8Array(2 * 1024 * 1024 + 1);
        b.set(barChartPng([1]));
        return b;
      })(),
      /större än 2 MB/,
    ],
  ])('refuses %s with a Swedish reason and keeps nothing', async (_name, file, bytes, message) => {
    const db = freshDb();
    await expect(setLogo(db, file, bytes)).rejects.toThrow(message);
    expect(await getLogo(db)).toBeNull();
  });
});

describe('the headings colour setting', () => {
  it.each([
    ['#1f3864', '1F3864'],
    ['1F3864', '1F3864'],
  ])('keeps %s as %s', async (input, kept) => {
    const db = freshDb();
    expect(await getHeadingColor(db)).toBe('000000');
    await setHeadingColor(db, input);
    expect(await getHeadingColor(db)).toBe(kept);
  });

  it.each(['red', '#12345', 'url(x)'])('refuses %s and keeps black', async (input) => {
    const db = freshDb();
    await expect(setHeadingColor(db, input)).rejects.toThrow('ingen färg');
    expect(await getHeadingColor(db)).toBe('000000');
  });
});
