import { diffArrays } from 'diff';
import type { Atom } from '../report/inline-atoms';
import { compareText } from './answer-units';

/*
 * The word-level difference between two paragraphs that keep their formatting. Each side
 * is cut into tokens (a word, a run of spaces, one punctuation mark, a line break, an
 * image), each token keeping the atom it came from (bold, in a link, …); jsdiff's Myers
 * diff (`diffArrays`) aligns the tokens by text. Two readability rules, as in the
 * history's plain-text diff: spaces between two changes belong to both sides of one
 * change (otherwise two different sentences read as word salad), and past a bound on the
 * edit length the paragraph is one removal and one addition instead of seconds of work.
 * The result is segments of atoms: the same (in the new text's formatting), added, removed.
 */

export type SegmentKind = 'same' | 'added' | 'removed';
export interface Segment {
  kind: SegmentKind;
  atoms: Atom[];
}

const MAX_EDIT_LENGTH = 2_000;
const TOKEN = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;

interface Token {
  text: string;
  atom: Atom;
}

function tokens(atoms: readonly Atom[]): Token[] {
  const out: Token[] = [];
  for (const atom of atoms) {
    const leaf = atom.leaf;
    if (leaf.type !== 'text') {
      out.push({ text: compareText(atom), atom });
      continue;
    }
    for (const piece of leaf.text.match(TOKEN) ?? [])
      out.push({ text: piece, atom: { ...atom, leaf: { ...leaf, text: piece } } });
  }
  return out;
}

/** Neighbouring text atoms of one format, link and comments joined into one. */
function merged(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const last = out[out.length - 1];
    const leaf = atom.leaf;
    if (
      last &&
      last.leaf.type === 'text' &&
      leaf.type === 'text' &&
      last.leaf.format === leaf.format &&
      last.link === atom.link &&
      last.ids.join() === atom.ids.join()
    )
      out[out.length - 1] = { ...last, leaf: { ...last.leaf, text: last.leaf.text + leaf.text } };
    else out.push(atom);
  }
  return out;
}

function push(out: Segment[], kind: SegmentKind, tokens: readonly Token[]): void {
  if (tokens.length === 0) return;
  const last = out[out.length - 1];
  const atoms = tokens.map((t) => t.atom);
  if (last && last.kind === kind) last.atoms = merged([...last.atoms, ...atoms]);
  else out.push({ kind, atoms: merged(atoms) });
}

type Part = { kind: SegmentKind; old: Token[]; new: Token[] };

/** Spaces between two changes join both sides of the change. */
function coalesce(parts: readonly Part[]): Segment[] {
  const out: Segment[] = [];
  let removed: Token[] = [];
  let added: Token[] = [];
  const close = () => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = [];
    added = [];
  };
  parts.forEach((part, i) => {
    const open = removed.length > 0 || added.length > 0;
    if (part.kind === 'removed') removed.push(...part.old);
    else if (part.kind === 'added') added.push(...part.new);
    else if (open && i + 1 < parts.length && part.new.every((t) => /^\s+$/.test(t.text))) {
      removed.push(...part.old);
      added.push(...part.new);
    } else {
      close();
      push(out, 'same', part.new);
    }
  });
  close();
  return out;
}

/** The segments that turn `before` into `after`, word by word. */
export function diffAtoms(before: readonly Atom[], after: readonly Atom[]): Segment[] {
  const old = tokens(before);
  const next = tokens(after);
  const changes = diffArrays(old, next, { comparator: (a, b) => a.text === b.text, maxEditLength: MAX_EDIT_LENGTH });
  if (!changes)
    return coalesce([
      { kind: 'removed', old, new: [] },
      { kind: 'added', old: [], new: next },
    ]);
  const parts: Part[] = [];
  let o = 0;
  let n = 0;
  for (const change of changes) {
    if (change.removed) parts.push({ kind: 'removed', old: old.slice(o, (o += change.count)), new: [] });
    else if (change.added) parts.push({ kind: 'added', old: [], new: next.slice(n, (n += change.count)) });
    else parts.push({ kind: 'same', old: old.slice(o, (o += change.count)), new: next.slice(n, (n += change.count)) });
  }
  return coalesce(parts);
}

/** Words (not spaces or punctuation) in atoms: what "changed words" counts. */
export function wordCount(atoms: readonly Atom[]): number {
  let count = 0;
  for (const atom of atoms) {
    if (atom.leaf.type === 'image') count += 1;
    else if (atom.leaf.type === 'text') count += (atom.leaf.text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
  }
  return count;
}
