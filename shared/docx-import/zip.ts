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

/** Unzips a .docx safely; throws DocxImportError naming the file. */
export function openDocx(bytes: Uint8Array, fileName: string): DocxPackage {
  if (bytes.byteLength > MAX_DOCX_BYTES) throw new DocxImportError('too-large', `${fileName}: filen är större än 60 MB.`);
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new DocxImportError('not-zip', `${fileName}: filen är inget Word-dokument (.docx).`);
  }
  let declared = 0;
  let entries = 0;
  let bomb = false;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        declared += file.originalSize;
        if (entries > MAX_ENTRIES || declared > MAX_UNZIPPED_BYTES || file.originalSize > Math.max(1024 * 1024, file.size * MAX_RATIO)) bomb = true;
        return !bomb;
      },
    });
  } catch {
    throw new DocxImportError('damaged', `${fileName}: zip-filen är skadad och kan inte öppnas.`);
  }
  const actual = Object.values(raw).reduce((sum, f) => sum + f.byteLength, 0);
  if (bomb || actual > MAX_UNZIPPED_BYTES) {
    throw new DocxImportError('too-large', `${fileName}: filen packas upp till orimligt mycket data (över 200 MB eller misstänkt hög packningsgrad) och öppnas inte.`);
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
