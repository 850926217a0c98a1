/*
 * Canonical JSON and its SHA-256, for the checksums of exchanged files. Canonical means
 * keys sorted at every level and no whitespace, so the same content always gives the
 * same bytes whatever order a program wrote its keys in.
 */

/** The canonical JSON text of a value (objects with sorted keys, arrays in order). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

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
