import { strFromU8, unzipSync } from 'fflate';
import { DocxImportError } from './import-error';

/*
 * Opening a .docx (a zip) without trusting it: the signature is checked first, entry
 * count and declared sizes are checked before anything is inflated (a zip bomb is
 * refused before it expands), and the inflated sizes are checked again afterwards.
 */

/** Largest .docx file read. */
const MAX_DOCX_BYTES = 60 * 1024 * 1024;
/** Most bytes all entries may inflate to together. */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 2_000;
/** A real .docx compresses text perhaps 10:1; far beyond that is a bomb. */
const MAX_RATIO = 200;

export interface DocxPackage {
  /** The entries by path, e.g. "word/document.xml". */
  files: ReadonlyMap<string, Uint8Array>;
  text(path: string): string | undefined;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

/**
 * The entry count and central directory the zip's end record claims, checked against
 * the file before any entry is read: a crafted (zip64) end record claiming billions of
 * entries, or a directory past the end of the file, would otherwise keep the reader busy
 * for minutes. Returns a reason when the record cannot be believed.
 */
export function centralDirectoryProblem(bytes: Uint8Array): string | null {
  const start = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= start; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'slutposten saknas';
  let entries = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // zip64: the locator just before the end record points at the zip64 end record.
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) return 'zip64-posten saknas';
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) return 'zip64-posten pekar utanför filen';
    entries = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    offset = u64(bytes, record + 48);
  }
  if (entries > MAX_ENTRIES) return `den säger sig ha ${entries} poster`;
  if (offset + size > bytes.length || size < entries * 46) return 'innehållsförteckningen ligger utanför filen';
  return null;
}

/** Unzips a .docx safely; throws DocxImportError naming the file. */
export function openDocx(bytes: Uint8Array, fileName: string): DocxPackage {
  if (bytes.byteLength > MAX_DOCX_BYTES)
    throw new DocxImportError('too-large', `${fileName}: filen är större än 60 MB.`);
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new DocxImportError('not-zip', `${fileName}: filen är inget Word-dokument (.docx).`);
  }
  const directory = centralDirectoryProblem(bytes);
  if (directory)
    throw new DocxImportError(
      'damaged',
      `${fileName}: zip-filen är skadad eller förfalskad (${directory}) och öppnas inte.`,
    );
  let declared = 0;
  let entries = 0;
  let bomb = false;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        declared += file.originalSize;
        if (
          entries > MAX_ENTRIES ||
          declared > MAX_UNZIPPED_BYTES ||
          file.originalSize > Math.max(1024 * 1024, file.size * MAX_RATIO)
        )
          bomb = true;
        return !bomb;
      },
    });
  } catch {
    throw new DocxImportError('damaged', `${fileName}: zip-filen är skadad och kan inte öppnas.`);
  }
  const actual = Object.values(raw).reduce((sum, f) => sum + f.byteLength, 0);
  if (bomb || actual > MAX_UNZIPPED_BYTES) {
    throw new DocxImportError(
      'too-large',
      `${fileName}: filen packas upp till orimligt mycket data (över 200 MB eller misstänkt hög packningsgrad) och öppnas inte.`,
    );
  }
  const files = new Map(Object.entries(raw));
  if (!files.has('word/document.xml') || !files.has('[Content_Types].xml')) {
    throw new DocxImportError('not-word', `${fileName}: zip-filen är inget Word-dokument (word/document.xml saknas).`);
  }
  return {
    files,
    text: (path) => {
      const entry = files.get(path);
      return entry ? strFromU8(entry) : undefined;
    },
  };
}
