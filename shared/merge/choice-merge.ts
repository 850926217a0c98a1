import type { ChoicePart } from '../report/merge-record';

/*
 * Ja/Nej and the basis of an effect answer are part of the answer and are merged three
 * ways like a block: the side that did not change since the base gives way to the one
 * that did; when both changed to different values, the coordinator's stays and the
 * department's is kept as an open choice conflict until a person decides.
 */

export interface ChoiceMerge {
  result: ChoicePart;
  /** The department's values while they differ from the coordinator's and no one has decided. */
  conflict: ChoicePart | null;
}

/** True when two choice parts hold the same choice and the same bases (in any order). */
export function sameChoice(a: ChoicePart, b: ChoicePart): boolean {
  if (a.choice !== b.choice || a.basis.length !== b.basis.length) return false;
  const set = new Set(a.basis);
  return b.basis.every((x) => set.has(x));
}

function mergeValue<T>(ours: T, base: T, theirs: T, same: (a: T, b: T) => boolean): { value: T; clash: boolean } {
  if (same(theirs, base) || same(ours, theirs)) return { value: ours, clash: false };
  if (same(ours, base)) return { value: theirs, clash: false };
  return { value: ours, clash: true };
}

/** Merges the department's new choice and basis into the answer's. */
export function mergeChoice(
  ours: ChoicePart,
  base: ChoicePart,
  theirs: ChoicePart,
  open: ChoicePart | null,
): ChoiceMerge {
  const choice = mergeValue(ours.choice, base.choice, theirs.choice, (a, b) => a === b);
  const basis = mergeValue(ours.basis, base.basis, theirs.basis, (a, b) =>
    sameChoice({ choice: null, basis: a }, { choice: null, basis: b }),
  );
  const result = { choice: choice.value, basis: basis.value };
  if (choice.clash || basis.clash) return { result, conflict: { choice: theirs.choice, basis: [...theirs.basis] } };
  // An open conflict the department has not moved away from stays open until someone decides.
  if (open && sameChoice(theirs, base) && !sameChoice(open, result)) return { result, conflict: open };
  return { result, conflict: null };
}

/** The answer's choice and basis after a person decided an open choice conflict. */
export function resolveChoice(ours: ChoicePart, conflict: ChoicePart, choice: 'mine' | 'theirs'): ChoicePart {
  return choice === 'theirs'
    ? { choice: conflict.choice, basis: [...conflict.basis] }
    : { choice: ours.choice, basis: [...ours.basis] };
}
