/*
 * Characters that have no place in a report's text and break other programs: C0 control
 * characters other than tab, line feed and carriage return, DEL, the non-characters
 * U+FFFE/U+FFFF and unpaired surrogates. Word refuses a document.xml that holds one
 * (XML 1.0 does not allow them). They are taken out at every entry (paste, typing, Word
 * import, files read) and never written.
 */

const CONTROL =
  // eslint-disable-next-line no-control-regex -- these characters are what is matched
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ANY_CONTROL = new RegExp(CONTROL.source);

/** True when the text holds a character stripControlCharacters would take out. */
export function hasControlCharacters(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/** The text without control characters, non-characters and unpaired surrogates. */
export function stripControlCharacters(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROL, '') : text;
}

/** A copy of parsed JSON with every string stripped (keys too); other values as they are. */
export function stripControlCharactersDeep<T>(value: T): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return stripControlCharacters(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([k, v]) => [stripControlCharacters(k), walk(v)]),
    );
  };
  return walk(value) as T;
}
