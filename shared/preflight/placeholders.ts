/*
 * Placeholder tokens people leave in a draft and that must not reach a signed report:
 * "RUFxxxxxx" in a case number, "läs under rubrik x", "XX", "TODO", "???", "[…]". Each
 * pattern is narrow enough that ordinary words ("Exxon", "XXL", a single "?") pass.
 */

const PATTERNS: { pattern: RegExp; label: string }[] = [
  { pattern: /x{3,}/iu, label: 'xxx' },
  { pattern: /(?<!\p{L})rubrik(?:en)?\s+x{1,2}(?!\p{L})/iu, label: 'rubrik x' },
  { pattern: /(?<!\p{L})XX(?!\p{L})/u, label: 'XX' },
  { pattern: /(?<!\p{L})(?:TODO|FIXME|TBD)(?!\p{L})/u, label: 'TODO' },
  { pattern: /\?{2,}/u, label: '???' },
  { pattern: /\[\s*(?:…|\.{2,})\s*\]/u, label: '[…]' },
];

/** The placeholder tokens found in a text, with the text around each: [{token, excerpt}]. */
export function findPlaceholders(
  text: string,
  templatePlaceholders: readonly string[],
): { token: string; excerpt: string }[] {
  const found: { token: string; excerpt: string }[] = [];
  const excerpt = (index: number, length: number) =>
    text
      .slice(Math.max(0, index - 20), index + length + 20)
      .replace(/\s+/g, ' ')
      .trim();
  for (const { pattern, label } of PATTERNS) {
    const match = pattern.exec(text);
    if (match) found.push({ token: label, excerpt: excerpt(match.index, match[0].length) });
  }
  const lower = text.toLocaleLowerCase('sv');
  for (const placeholder of templatePlaceholders) {
    const index = lower.indexOf(placeholder.toLocaleLowerCase('sv'));
    if (index >= 0) found.push({ token: placeholder, excerpt: placeholder });
  }
  return found;
}
