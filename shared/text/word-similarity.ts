/*
 * Texts compared as sets of words: the Word import recognises the template's questions
 * this way, and rolling a report forward onto a new template pairs reworded questions
 * with last year's by the same measure.
 */

/** Lower case, letters and digits only, single spaces. */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Templates' texts are compared with every line: their word sets are made once. The cache is small and cleared when full.
const wordCache = new Map<string, Set<string>>();

function words(text: string): Set<string> {
  let cached = wordCache.get(text);
  if (!cached) {
    if (wordCache.size > 5_000) wordCache.clear();
    cached = new Set(
      normalise(text)
        .split(' ')
        .filter((w) => w !== ''),
    );
    wordCache.set(text, cached);
  }
  return cached;
}

/** Share of the longer text's words that both texts have (0–1). */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/** Least similarity for two texts to count as the same question (the Word import's 80 % rule). */
export const SAME_QUESTION = 0.8;
