import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../shared/report/image-size';
import { barChartPng } from '../../bench/png';

const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x01, 0x10, 0x00, 0, 0]);
// A JPEG's start (SOI), an APP0 segment of 16 bytes, then SOF0 with height 300 and width 640.
const jpeg = new Uint8Array([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0x00,
  0x10,
  ...new Array(14).fill(0),
  0xff,
  0xc0,
  0x00,
  0x11,
  0x08,
  0x01,
  0x2c,
  0x02,
  0x80,
  0x03,
  0,
  0,
  0,
]);

describe('imageSize', () => {
  it.each([
    ['a PNG', barChartPng([1, 2, 3]), 'png'],
    ['a GIF', gif, { width: 288, height: 16 }],
    ['a JPEG', jpeg, { width: 640, height: 300 }],
    ['not an image', new TextEncoder().encode('<html></html>'), null],
    ['a cut-off JPEG', jpeg.slice(0, 12), null],
  ])('%s', (_name, bytes, expected) => {
    const size = imageSize(bytes);
    if (expected === 'png') expect(size && size.width > 0 && size.height > 0).toBe(true);
    else expect(size).toEqual(expected);
  });
});
