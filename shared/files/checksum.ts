import { canonicalJson } from '../text/canonical-json';

/*
 * The SHA-256 checksums of exchanged files, over their canonical JSON
 * (shared/text/canonical-json.ts), so the same content always gives the same sum.
 */

/** Lower-case hex SHA-256 of bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of a file's canonical content: everything but its own `sha256` field. */
export async function contentHash(file: Record<string, unknown>): Promise<string> {
  const { sha256: _ignored, ...content } = file;
  return sha256Hex(new TextEncoder().encode(canonicalJson(content)));
}
