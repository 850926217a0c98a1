/*
 * Finding and replacing text across the answers: the pattern for a query (plain text,
 * optionally case-sensitive and whole words only), the matches in one run of text, and
 * how a replacement is spread over the pieces a run is made of (text nodes of different
 * formatting). A match never crosses a paragraph, a line break or an image: the caller
 * searches each run on its own.
 */

export interface SearchOptions {
  query: string;
  matchCase: boolean;
  wholeWord: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
}

/** Most matches counted; past it the search says "fler än". */
export const MAX_MATCHES = 10_000;

const WORD = '[\\p{L}\\p{N}_]';

/** The regular expression for a search, or null for an empty query. */
export function searchPattern(options: SearchOptions): RegExp | null {
  if (options.query === '') return null;
  const escaped = options.query.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const source = options.wholeWord ? `(?<!${WORD})${escaped}(?!${WORD})` : escaped;
  return new RegExp(source, `gu${options.matchCase ? '' : 'i'}`);
}

/** Every match of the pattern in a text, left to right, none overlapping. */
export function findMatches(text: string, pattern: RegExp): TextMatch[] {
  const out: TextMatch[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const match of text.matchAll(re)) {
    if (match[0].length === 0) continue;
    out.push({ start: match.index, end: match.index + match[0].length });
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

/**
 * The texts of consecutive pieces after replacing [start, end) of their joined text: the
 * replacement goes where the match starts (in that piece's formatting), and the matched
 * characters leave the pieces they were in.
 */
export function replaceAcross(pieces: readonly string[], start: number, end: number, replacement: string): string[] {
  let at = 0;
  return pieces.map((piece) => {
    const from = at;
    at += piece.length;
    const cutStart = Math.max(start, from) - from;
    const cutEnd = Math.min(end, at) - from;
    const holdsStart = start >= from && start < at;
    if (cutEnd <= cutStart) return piece;
    return piece.slice(0, cutStart) + (holdsStart ? replacement : '') + piece.slice(cutEnd);
  });
}
