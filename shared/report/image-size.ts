import { sniffImageType } from './image-check';

/*
 * The pixel size an image's own header states (PNG's IHDR, GIF's screen descriptor,
 * JPEG's first start-of-frame), for laying an image out without decoding it. Null when
 * the header is missing or says nothing usable.
 */

export interface PixelSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

function jpegSize(bytes: Uint8Array): PixelSize | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    at += 2 + u16be(bytes, at + 2);
  }
  return null;
}

/** The image's width and height in pixels, from its header. */
export function imageSize(bytes: Uint8Array): PixelSize | null {
  const type = sniffImageType(bytes);
  let size: PixelSize | null = null;
  if (type === 'image/png' && bytes.length >= 24) size = { width: u32be(bytes, 16), height: u32be(bytes, 20) };
  else if (type === 'image/gif' && bytes.length >= 10)
    size = { width: bytes[6]! | (bytes[7]! << 8), height: bytes[8]! | (bytes[9]! << 8) };
  else if (type === 'image/jpeg') size = jpegSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}
