import { z } from 'zod';
import { sha256Hex } from '../files/checksum';
import { canonicalJson } from '../text/canonical-json';
import { describeProblems, parseJsonFile } from '../files/json-file';
import type { Answer, Report } from '../report/report-schema';
import { idSchema, isoTimeSchema } from '../report/report-schema';
import { decodeBase64, encodeBase64 } from '../text/base64';
import { signatureProblem } from './ed25519-checks';

/*
 * The signature manifest written next to a signed report's files: who signed, where
 * and when, the SHA-256 of each exported file and of the report's content, and an
 * Ed25519 signature over all of that (canonical JSON without the signature field) by
 * a key made on the signer's computer. The public key rides in the manifest, so
 * anyone can check that the signature is intact; who signed is trusted only when that
 * key's fingerprint is a known signer's (trusted-keys.ts), never from the manifest alone.
 */

export const MANIFEST_FORMAT = 'rapportverkstad-signatur';
export const MANIFEST_VERSION = 1;
const ED25519 = { name: 'Ed25519' } as const;
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const short = z.string().max(500);

export const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(MANIFEST_VERSION),
  reportId: idSchema,
  title: z.string().min(1).max(300),
  organisation: z.string().max(200),
  year: z.number().int().min(2000).max(2100),
  signer: z.strictObject({ name: z.string().trim().min(1).max(200), title: short }),
  place: short,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  signedAt: isoTimeSchema,
  contentSha256: sha256,
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(255), size: z.number().int().min(0), sha256 }))
    .min(1)
    .max(10),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'ingen Ed25519-nyckel'),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** The full SHA-256 of the public key (added in the same format version: older manifests have only the key id). */
  keyFingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'ingen Ed25519-signatur'),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type UnsignedManifest = Omit<
  Manifest,
  'format' | 'formatVersion' | 'publicKey' | 'keyId' | 'keyFingerprint' | 'signature'
>;

export class ManifestError extends Error {}

/** SHA-256 of what the report says (header, signature block and every answer), independent of record order and save times. */
export async function reportContentSha256(report: Report, answers: readonly Answer[]): Promise<string> {
  const content = {
    templateId: report.templateId,
    year: report.year,
    organisation: report.organisation,
    header: report.header,
    signature: report.signature,
    answers: [...answers]
      .sort((a, b) => (a.questionId < b.questionId ? -1 : 1))
      .map((a) => ({ questionId: a.questionId, content: a.content, choice: a.choice, basis: a.basis })),
  };
  return sha256Hex(new TextEncoder().encode(canonicalJson(content)));
}

/** A file's entry in a manifest. */
export async function fileEntry(name: string, bytes: Uint8Array): Promise<Manifest['files'][number]> {
  return { name, size: bytes.byteLength, sha256: await sha256Hex(bytes) };
}

/** A new signing key pair (the private key cannot be exported; it stays in this computer's database). */
export function createSigningKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ED25519, false, ['sign', 'verify']);
}

/** The short id of a public key: the first 16 hex digits of its SHA-256. */
export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  return (await sha256Hex(publicKey)).slice(0, 16);
}

const signedBytes = (manifest: Omit<Manifest, 'signature'>) => new TextEncoder().encode(canonicalJson(manifest));

/** Signs the manifest with the key pair. */
export async function signManifest(unsigned: UnsignedManifest, keys: CryptoKeyPair): Promise<Manifest> {
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  const body = {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_VERSION,
    ...unsigned,
    publicKey: encodeBase64(publicKey),
    keyId: await keyIdOf(publicKey),
    keyFingerprint: await sha256Hex(publicKey),
  } as const;
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, keys.privateKey, signedBytes(body)));
  return manifestSchema.parse({ ...body, signature: encodeBase64(signature) });
}

/** Why the manifest's signature does not hold (a weak or forged key or signature, or a bad signature), or null when it is valid for its own public key. */
export async function manifestSignatureProblem(manifest: Manifest): Promise<string | null> {
  const { signature, ...body } = manifest;
  const publicKey = decodeBase64(manifest.publicKey);
  const signatureBytes = decodeBase64(signature);
  if (!publicKey || publicKey.length !== 32 || !signatureBytes || signatureBytes.length !== 64)
    return 'nyckeln eller signaturen har fel längd';
  const weak = signatureProblem(publicKey, signatureBytes);
  if (weak) return weak;
  if ((await keyIdOf(publicKey)) !== manifest.keyId) return 'nyckel-id:t stämmer inte med nyckeln';
  if (manifest.keyFingerprint !== undefined && (await sha256Hex(publicKey)) !== manifest.keyFingerprint)
    return 'fingeravtrycket stämmer inte med nyckeln';
  const key = await crypto.subtle.importKey('raw', publicKey, ED25519, false, ['verify']);
  return (await crypto.subtle.verify(ED25519, key, signatureBytes, signedBytes(body)))
    ? null
    : 'signaturen stämmer inte med signaturfilens innehåll';
}

/** True when the manifest's signature is valid for its own public key and key id. */
export async function manifestSignatureValid(manifest: Manifest): Promise<boolean> {
  return (await manifestSignatureProblem(manifest)) === null;
}

/** Reads a manifest file; throws ManifestError naming the file and the problem. */
export function readManifest(bytes: Uint8Array, fileName: string): Manifest {
  const data = parseJsonFile(bytes, fileName, 1024 * 1024, (_problem, message) => new ManifestError(message));
  const result = manifestSchema.safeParse(data);
  if (!result.success)
    throw new ManifestError(`${fileName}: ingen giltig signaturfil: ${describeProblems(result.error)}.`);
  return result.data;
}

/** The bytes of a manifest file. */
export function encodeManifest(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}
