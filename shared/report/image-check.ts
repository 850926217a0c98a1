import { IMAGE_TYPES, MAX_IMAGE_BYTES } from './report-schema';

/*
 * An image is what its bytes say, not what its name or declared type says: a file
 * called diagram.png that holds HTML is no image. Only PNG, JPEG, GIF and WebP are
 * taken, each recognised by its signature, up to 10 MB.
 */

export type ImageType = (typeof IMAGE_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

/** The image type the bytes' signature shows, or null when they are none of PNG, JPEG, GIF and WebP. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61)
    return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

/** Why an image cannot be taken (Swedish, naming it), or null when its bytes are a supported image of its declared type. */
export function imageProblem(name: string, declaredType: string, bytes: Uint8Array): string | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(declaredType))
    return `${name}: bildformatet stöds inte (använd PNG, JPEG, GIF eller WebP).`;
  if (bytes.byteLength === 0) return `${name}: bilden är tom.`;
  if (bytes.byteLength > MAX_IMAGE_BYTES) return `${name}: bilden är större än 10 MB.`;
  const actual = sniffImageType(bytes);
  if (actual === null) return `${name}: filen är ingen bild (innehållet är inte PNG, JPEG, GIF eller WebP).`;
  if (actual !== declaredType) return `${name}: bilden sägs vara ${declaredType} men är ${actual}.`;
  return null;
}
