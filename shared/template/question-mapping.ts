import { normalise, SAME_QUESTION, similarity } from '../text/word-similarity';
import { listAnswerFields, type AnswerField } from './answer-fields';
import type { Template } from './template-schema';

/*
 * Which of last year's questions each of this year's questions continues, when a report
 * is rolled forward onto another template. Sections are paired first by their titles
 * (same number first), because several questions share one wording across sections
 * ("Beskriv hur det strategiskt viktigaste arbetet …" is 1.1, 3.1 and 4.1). Then:
 *  1. same id, same wording, in paired sections;
 *  2. by words: the unpaired question of last year sharing at least 80 % of the words
 *     (the Word import's rule), the most alike, then the one next in order after the
 *     previous pair; first within paired sections for all, then across sections;
 *  3. same id in the paired section, reworded but still sharing at least 45 % of the
 *     words.
 * A pair whose wording or kind differs is "reworded" (to be checked); a question
 * without a pair is new (starts empty); last year's questions without one are dropped
 * (their text is kept with the report as not placed). A part of a group is compared
 * with its lead-in, so "den regionala utvecklingsstrategin?" under another lead-in is
 * another question.
 */

export type PairKind = 'same' | 'reworded' | 'new';

export interface QuestionPair {
  /** This year's question. */
  to: string;
  /** Last year's question it continues, or null for a new question. */
  from: string | null;
  kind: PairKind;
}

export interface QuestionMapping {
  pairs: QuestionPair[];
  /** Last year's questions no question continues. */
  dropped: string[];
}

/** Least share of words a same-numbered question must keep to be taken as reworded rather than new. */
const REWORDED_AT_LEAST = 0.45;

function wording(field: AnswerField): string {
  return field.groupText === undefined ? field.text : `${field.groupText} ${field.text}`;
}

function pairKind(from: AnswerField | undefined, to: AnswerField): PairKind {
  if (!from) return 'new';
  return normalise(wording(from)) === normalise(wording(to)) && from.kind === to.kind ? 'same' : 'reworded';
}

/** This year's section number → last year's, paired by title (same number first, then by words in order). */
function pairSections(from: Template, to: Template): Map<string, string> {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const section of to.sections) {
    const same = from.sections.find(
      (s) => s.number === section.number && similarity(s.title, section.title) >= SAME_QUESTION,
    );
    const match =
      same ?? from.sections.find((s) => !taken.has(s.number) && similarity(s.title, section.title) >= SAME_QUESTION);
    if (match && !taken.has(match.number)) {
      pairs.set(section.number, match.number);
      taken.add(match.number);
    }
  }
  return pairs;
}

/** Pairs this year's questions (`to`) with last year's (`from`). */
export function mapQuestions(from: Template, to: Template): QuestionMapping {
  const old = listAnswerFields(from);
  const now = listAnswerFields(to);
  const sections = pairSections(from, to);
  const source = new Map<string, number>();
  const used = new Set<number>();
  const inPairedSection = (field: AnswerField, candidate: AnswerField) =>
    sections.get(field.sectionNumber) === candidate.sectionNumber;
  const take = (field: AnswerField, index: number) => {
    source.set(field.id, index);
    used.add(index);
  };
  for (const field of now) {
    const index = old.findIndex(
      (o, i) =>
        !used.has(i) &&
        o.id === field.id &&
        inPairedSection(field, o) &&
        normalise(wording(o)) === normalise(wording(field)),
    );
    if (index >= 0) take(field, index);
  }
  // By words, first within paired sections for every question, then across sections for those left.
  for (const withinSection of [true, false]) {
    let previous = -1;
    for (const field of now) {
      const known = source.get(field.id);
      if (known !== undefined) {
        previous = known;
        continue;
      }
      let best: { index: number; rank: [number, number] } | null = null;
      for (const [index, candidate] of old.entries()) {
        if (used.has(index) || (withinSection && !inPairedSection(field, candidate))) continue;
        const score = similarity(wording(candidate), wording(field));
        if (score < SAME_QUESTION) continue;
        // Higher is better: more alike, then sooner after the previous pair.
        const rank: [number, number] = [score, index > previous ? -index : -index - old.length];
        if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1]))
          best = { index, rank };
      }
      if (best) {
        take(field, best.index);
        previous = best.index;
      }
    }
  }
  for (const field of now) {
    if (source.has(field.id)) continue;
    const index = old.findIndex(
      (o, i) =>
        !used.has(i) &&
        o.id === field.id &&
        inPairedSection(field, o) &&
        similarity(wording(o), wording(field)) >= REWORDED_AT_LEAST,
    );
    if (index >= 0) take(field, index);
  }
  return describe(old, now, source);
}

function describe(
  old: readonly AnswerField[],
  now: readonly AnswerField[],
  source: ReadonlyMap<string, number>,
): QuestionMapping {
  const pairs = now.map((field): QuestionPair => {
    const index = source.get(field.id);
    const from = index === undefined ? undefined : old[index];
    return { to: field.id, from: from?.id ?? null, kind: pairKind(from, field) };
  });
  const continued = new Set(pairs.map((p) => p.from));
  return { pairs, dropped: old.filter((f) => !continued.has(f.id)).map((f) => f.id) };
}

/** The mapping with this year's question `to` continuing last year's `from` (or none); a question `from` continued before is then new. */
export function repairMapping(
  mapping: QuestionMapping,
  from: Template,
  to: Template,
  toId: string,
  fromId: string | null,
): QuestionMapping {
  const old = listAnswerFields(from);
  const now = listAnswerFields(to);
  const source = new Map<string, number>();
  for (const pair of mapping.pairs) {
    if (pair.to === toId || pair.from === null || pair.from === fromId) continue;
    source.set(
      pair.to,
      old.findIndex((f) => f.id === pair.from),
    );
  }
  const index = fromId === null ? -1 : old.findIndex((f) => f.id === fromId);
  if (index >= 0) source.set(toId, index);
  return describe(old, now, source);
}
