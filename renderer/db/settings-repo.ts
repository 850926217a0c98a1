import { imageProblem } from '../../shared/report/image-check';
import { imageSize } from '../../shared/report/image-size';
import type { WorkbenchDb } from './schema';

/** A saved string setting, or the fallback. */
export async function getTextSetting(db: WorkbenchDb, key: string, fallback = ''): Promise<string> {
  const record = await db.settings.get(key);
  return typeof record?.value === 'string' ? record.value : fallback;
}

/** Saves a string setting. */
export async function setTextSetting(db: WorkbenchDb, key: string, value: string): Promise<void> {
  await db.settings.put({ key, value: value.slice(0, 1_000) });
}

const LOGO_KEY = 'organisationLogo';
/** Largest logo taken: a logo is a small picture. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const LOGO_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
};

export interface Logo {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The organisation's logo for page 1 of the document, checked again as it is read; null when there is none (or it is broken). */
export async function getLogo(db: WorkbenchDb): Promise<Logo | null> {
  const value = (await db.settings.get(LOGO_KEY))?.value as Partial<Logo> | undefined;
  if (
    !value ||
    typeof value.name !== 'string' ||
    typeof value.mimeType !== 'string' ||
    !(value.bytes instanceof Uint8Array)
  )
    return null;
  return imageProblem(value.name, value.mimeType, value.bytes) === null ? (value as Logo) : null;
}

/** Saves a logo after checking it like any image (PNG, JPEG or GIF, at most 2 MB, a readable size); throws the Swedish reason otherwise. */
export async function setLogo(db: WorkbenchDb, name: string, bytes: Uint8Array): Promise<Logo> {
  const mimeType = LOGO_TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
  if (!mimeType) throw new Error(`${name}: logotypen måste vara PNG, JPEG eller GIF.`);
  const problem =
    imageProblem(name, mimeType, bytes) ??
    (bytes.byteLength > MAX_LOGO_BYTES ? `${name}: logotypen är större än 2 MB.` : null) ??
    (imageSize(bytes) ? null : `${name}: bildens storlek går inte att läsa.`);
  if (problem) throw new Error(problem);
  const logo = { name: name.slice(0, 255), mimeType, bytes };
  await db.settings.put({ key: LOGO_KEY, value: logo });
  return logo;
}

/** Removes the logo. */
export async function removeLogo(db: WorkbenchDb): Promise<void> {
  await db.settings.delete(LOGO_KEY);
}

const HEADING_COLOR_KEY = 'headingColor';
/** Black: the headings' colour unless the organisation sets another. */
export const DEFAULT_HEADING_COLOR = '000000';

/** The headings' colour in the Word document, hex without '#'. */
export async function getHeadingColor(db: WorkbenchDb): Promise<string> {
  const value = await getTextSetting(db, HEADING_COLOR_KEY, DEFAULT_HEADING_COLOR);
  return /^[0-9A-F]{6}$/i.test(value) ? value.toUpperCase() : DEFAULT_HEADING_COLOR;
}

/** Saves the headings' colour ("#1f3864" or "1F3864"); throws the Swedish reason for anything else. */
export async function setHeadingColor(db: WorkbenchDb, color: string): Promise<void> {
  const hex = color.replace(/^#/, '');
  if (!/^[0-9A-F]{6}$/i.test(hex)) throw new Error(`Färgen ${color} är ingen färg (skriv den som #RRGGBB).`);
  await setTextSetting(db, HEADING_COLOR_KEY, hex.toUpperCase());
}
