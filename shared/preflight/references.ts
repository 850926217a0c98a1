/*
 * Cross-references in running text: "(Läs mer i kapitel 2.1)", "se avsnitt 3", "under
 * rubrik Prestationer – Transportsystemet". A numbered reference must name a section,
 * question or part of the template; a heading reference must name a section title or a
 * sub-heading somewhere in the report.
 */

export interface Reference {
  kind: 'number' | 'heading';
  /** "2.7" for a number, the heading text as written for a heading. */
  target: string;
  /** The reference as it stands in the text. */
  written: string;
}

const NUMBERED =
  /(?<!\p{L})(kapitel|kap\.|avsnitt|fråga|frågan|frågorna|punkt)\s+(\d{1,2}(?:\.\d{1,2}[a-z]?)?)(?![\d.]*\d)/giu;
const HEADING = /(?<!\p{L})rubrik(?:en)?\s+(?:["“”«»']([^"“”«»']{1,120})["“”«»']|([^.,;:()\n]{1,120}))/giu;

/** The chapter, section, question and heading references in a text. */
export function findReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(NUMBERED)) found.push({ kind: 'number', target: match[2]!, written: match[0] });
  for (const match of text.matchAll(HEADING)) {
    const target = (match[1] ?? match[2] ?? '').trim();
    if (target) found.push({ kind: 'heading', target, written: match[0].trim() });
  }
  return found;
}

const normalise = (text: string) => text.toLocaleLowerCase('sv').replace(/[–—-]/g, '-').replace(/\s+/g, ' ').trim();

/** True when a heading reference names one of the known headings (the text may run on after the heading's name). */
export function headingExists(target: string, headings: readonly string[]): boolean {
  const wanted = normalise(target);
  return headings.some((heading) => {
    const known = normalise(heading);
    return (
      known !== '' &&
      (wanted === known || wanted.startsWith(`${known} `) || (wanted.length >= 8 && known.startsWith(wanted)))
    );
  });
}
