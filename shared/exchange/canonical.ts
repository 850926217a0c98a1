/*
 * Canonical JSON and its SHA-256, for the checksums of exchanged files. Canonical means
 * keys sorted at every level and no whitespace, so the same content always gives the
 * same bytes whatever order a program wrote its keys in.
 */

/** The canonical JSON text of a value (objects with sorted keys, arrays in order). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Plain loops and string concatenation: the merge compares blocks by this text many times over.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as comparing with < does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(v);
    first = false;
  }
  return `${out}}`;
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
