/*
 * Canonical JSON: keys sorted at every level and no whitespace, so the same content always
 * gives the same text whatever order a program wrote its keys in. Files' checksums are
 * taken over it, and the merge, the thread merge and template versions compare by it.
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
