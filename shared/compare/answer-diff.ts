import { diffArrays } from 'diff';
import type { RichText } from '../report/content-schema';
import { answerUnits, sameShape, type Unit } from './answer-units';
import { diffAtoms, wordCount, type Segment } from './word-tokens';

/*
 * The comparison of two texts of one answer, paragraph by paragraph and then word by
 * word. Paragraphs are aligned with jsdiff's `diffArrays`: two are the same paragraph
 * when they carry the same block id (a block edited since, or carried over from last
 * year) or hold the same text in the same shape. What is left unaligned between two
 * aligned paragraphs is a run of removed and a run of added paragraphs; within it a
 * removed paragraph is paired, in order, with the first added one that shares at least
 * half its words (an edited paragraph from Word, which has no block ids), and the pair
 * is compared word by word. Everything else is wholly removed or wholly added.
 */

export type UnitChange =
  | { kind: 'same'; unit: Unit }
  | { kind: 'added'; unit: Unit }
  | { kind: 'removed'; unit: Unit }
  | { kind: 'changed'; unit: Unit; before: Unit; segments: Segment[] };

const MAX_EDIT_LENGTH = 2_000;
const PAIRING_SIMILARITY = 0.5;
// How far ahead an edited paragraph is looked for: bounds the work on two unrelated long texts.
const LOOKAHEAD = 20;

function sameUnit(a: Unit, b: Unit): boolean {
  return (a.key !== undefined && a.key === b.key) || (a.text === b.text && sameShape(a.shape, b.shape));
}

/** The share of the words of two paragraphs that both have (0 to 1). */
function similarity(a: Unit, b: Unit): number {
  const segments = diffAtoms(a.atoms, b.atoms);
  const same = segments.filter((s) => s.kind === 'same').reduce((n, s) => n + wordCount(s.atoms), 0);
  const total = wordCount(a.atoms) + wordCount(b.atoms);
  return total === 0 ? (a.text === b.text ? 1 : 0) : (2 * same) / total;
}

function compared(before: Unit, after: Unit): UnitChange {
  if (before.text === after.text) return { kind: 'same', unit: after };
  return { kind: 'changed', unit: after, before, segments: diffAtoms(before.atoms, after.atoms) };
}

/** A run of removed and added paragraphs: edited ones paired, in order; the rest removed or added. */
function pairUp(removed: readonly Unit[], added: readonly Unit[], out: UnitChange[]): void {
  let next = 0;
  for (const old of removed) {
    let match = -1;
    for (let j = next; j < Math.min(added.length, next + LOOKAHEAD) && match < 0; j++)
      if (similarity(old, added[j]!) >= PAIRING_SIMILARITY) match = j;
    if (match < 0) {
      out.push({ kind: 'removed', unit: old });
      continue;
    }
    for (; next < match; next++) out.push({ kind: 'added', unit: added[next]! });
    out.push(compared(old, added[match]!));
    next = match + 1;
  }
  for (; next < added.length; next++) out.push({ kind: 'added', unit: added[next]! });
}

/** How `after` differs from `before`, paragraph by paragraph; a missing side is an empty answer. */
export function diffAnswer(before: RichText | undefined, after: RichText | undefined): UnitChange[] {
  const old = before ? answerUnits(before) : [];
  const next = after ? answerUnits(after) : [];
  const changes = diffArrays(old, next, { comparator: sameUnit, maxEditLength: MAX_EDIT_LENGTH }) ?? [
    { removed: true, added: false, count: old.length, value: old },
    { removed: false, added: true, count: next.length, value: next },
  ];
  const out: UnitChange[] = [];
  let o = 0;
  let n = 0;
  let removed: Unit[] = [];
  let added: Unit[] = [];
  const flush = () => {
    pairUp(removed, added, out);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...old.slice(o, (o += change.count)));
    else if (change.added) added.push(...next.slice(n, (n += change.count)));
    else {
      flush();
      for (let i = 0; i < change.count; i++) out.push(compared(old[o++]!, next[n++]!));
    }
  }
  flush();
  return out;
}

/** Words added or removed: the count the navigation pane shows beside a question. */
export function changedWords(changes: readonly UnitChange[]): number {
  let count = 0;
  for (const change of changes) {
    if (change.kind === 'added' || change.kind === 'removed') count += wordCount(change.unit.atoms);
    else if (change.kind === 'changed')
      for (const segment of change.segments) if (segment.kind !== 'same') count += wordCount(segment.atoms);
  }
  return count;
}

/** True when the comparison found any difference. */
export function hasChanges(changes: readonly UnitChange[]): boolean {
  return changes.some((change) => change.kind !== 'same');
}
