import { z } from 'zod';
import { sha256Hex } from '../files/checksum';
import { describeProblems, parseJsonFile } from '../files/json-file';
import { isoTimeSchema } from '../report/report-schema';
import { decodeBase64, encodeBase64 } from '../text/base64';
import { ManifestError } from './manifest';
import { pointProblem } from './ed25519-checks';

/*
 * Who signed is trusted only through a known key, never because a manifest carries one.
 * A signer's key is known by its fingerprint, the full SHA-256 of the raw public key.
 * It travels as a small key file (.rvnyckel) the signer exports and a coordinator or a
 * recipient imports; a list of trusted keys (the app's, or a file given to the command
 * line) is what verification checks the manifest's key against.
 */

export const KEY_FILE_FORMAT = 'rapportverkstad-nyckel';
export const KEY_LIST_FORMAT = 'rapportverkstad-betrodda-nycklar';

const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/, 'fingeravtrycket ska vara 64 hexsiffror');

export const trustedKeySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  title: z.string().max(200),
  organisation: z.string().max(200),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'ingen Ed25519-nyckel'),
  fingerprint: fingerprintSchema,
  createdAt: isoTimeSchema,
});
export type TrustedKey = z.infer<typeof trustedKeySchema>;

const keyFileSchema = trustedKeySchema.extend({ format: z.literal(KEY_FILE_FORMAT), formatVersion: z.literal(1) });
const keyListSchema = z.strictObject({
  format: z.literal(KEY_LIST_FORMAT),
  formatVersion: z.literal(1),
  keys: z.array(trustedKeySchema).max(1_000),
});

/** The fingerprint of a raw public key: its SHA-256 in hex. */
export function fingerprintOf(publicKey: Uint8Array): Promise<string> {
  return sha256Hex(publicKey);
}

/** A fingerprint as people read and compare it: groups of four, "3f2a 91c0 …". */
export function formatFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

/** A fingerprint typed or pasted by a person (spaces, colons and case ignored), or null when it is not one. */
export function parseFingerprint(text: string): string | null {
  const clean = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(clean) ? clean : null;
}

/** The key file of a signer's public key. */
export async function buildKeyFile(
  publicKey: Uint8Array,
  who: { name: string; title: string; organisation: string },
  now: Date,
): Promise<Uint8Array> {
  const file = {
    format: KEY_FILE_FORMAT,
    formatVersion: 1,
    ...who,
    publicKey: encodeBase64(publicKey),
    fingerprint: await fingerprintOf(publicKey),
    createdAt: now.toISOString(),
  };
  return new TextEncoder().encode(`${JSON.stringify(keyFileSchema.parse(file), null, 2)}\n`);
}

async function checkKey(key: TrustedKey, fileName: string): Promise<TrustedKey> {
  const raw = decodeBase64(key.publicKey);
  if (!raw || pointProblem(raw) !== null)
    throw new ManifestError(`${fileName}: nyckeln till ${key.name} är ingen användbar Ed25519-nyckel.`);
  if ((await fingerprintOf(raw)) !== key.fingerprint)
    throw new ManifestError(`${fileName}: fingeravtrycket stämmer inte med nyckeln till ${key.name}.`);
  return key;
}

/** Reads a key file or a list of trusted keys; throws ManifestError naming the file and the problem. */
export async function readTrustedKeys(bytes: Uint8Array, fileName: string): Promise<TrustedKey[]> {
  const data = parseJsonFile(bytes, fileName, 5 * 1024 * 1024, (_problem, message) => new ManifestError(message));
  const format = (data as { format?: unknown } | null)?.format;
  if (format === KEY_FILE_FORMAT) {
    const result = keyFileSchema.safeParse(data);
    if (!result.success)
      throw new ManifestError(`${fileName}: ingen giltig nyckelfil: ${describeProblems(result.error)}.`);
    const { format: _f, formatVersion: _v, ...key } = result.data;
    return [await checkKey(key, fileName)];
  }
  if (format === KEY_LIST_FORMAT) {
    const result = keyListSchema.safeParse(data);
    if (!result.success)
      throw new ManifestError(
        `${fileName}: ingen giltig lista över betrodda nycklar: ${describeProblems(result.error)}.`,
      );
    return Promise.all(result.data.keys.map((k) => checkKey(k, fileName)));
  }
  throw new ManifestError(
    `${fileName}: filen är ingen nyckelfil eller lista över betrodda nycklar från Rapportverkstad.`,
  );
}
