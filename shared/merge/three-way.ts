import type { RichText, SerializedBlock, SerializedConflict, SerializedTextBlock } from '../report/content-schema';
import { conflictBlock, sameBody, withState } from './blocks';
import { blocksById, isBlankBlock } from '../report/block-ids';
import { keepsOrder, placeBlocks, takeMoved, type Placed } from './placement';

/*
 * The three-way merge of one answer's blocks when a department sends a new revision.
 * base = the department's answer of the revision merged last (from the merge record,
 * never guessed from the text), theirs = the new revision, ours = the answer now. The
 * record's links say which block of ours stands for each of the department's blocks.
 *
 * For a department block s (b = base, t = theirs, o = the linked block of ours):
 *   o a text block:  t gone:  o = b → removed;  o ≠ b → conflict (o | deleted)
 *                    t there: o = b → follows t;  t = b or o = t → o stays;  else conflict (o | t)
 *                    (no base known: o = t → o stays, else conflict)
 *   o an open conflict: its department side follows t; when t equals its coordinator
 *                    side it resolves itself; both sides gone → it goes away
 *   o gone (the coordinator removed it, or never picked it): t = b or t gone → stays
 *                    away; t changed → conflict (deleted | t)
 *   s new (in neither base nor links): inserted (only the picked ones on a first merge)
 * Blocks of other departments, the coordinator's own and their conflicts are never
 * touched. Nothing leaves the answer unless its owner removed it; nothing the
 * coordinator changed is replaced without a conflict.
 */

export interface ThreeWayInput {
  /** The answer's blocks now, each with a unique block id. */
  ours: readonly SerializedBlock[];
  base: RichText | undefined;
  theirs: RichText;
  /** Department block id → id of the block in ours. */
  links: ReadonlyMap<string, string>;
  departmentId: string;
  revision: number;
  /** The register's order of departments, for placing a department's first blocks. */
  departmentOrder: readonly string[];
  /** On a first merge: the department blocks to take (all when undefined) and a sub-heading above them. */
  pick?: ReadonlySet<string> | undefined;
  heading?: SerializedTextBlock | undefined;
  newId: () => string;
}

export interface MergeSummary {
  updated: number;
  added: number;
  removed: number;
  conflicts: number;
  unchanged: number;
}

/** One change a merge makes, for showing it before it is accepted. */
export interface BlockChange {
  kind: 'updated' | 'added' | 'removed' | 'conflict' | 'resolved';
  before: SerializedTextBlock | null;
  after: SerializedTextBlock | null;
}

export interface ThreeWayResult {
  children: SerializedBlock[];
  links: [string, string][];
  summary: MergeSummary;
  changes: BlockChange[];
}

type Outcome = { block: SerializedBlock | null; kind: keyof MergeSummary; change?: BlockChange };

/** Merges a department's new revision into the answer's blocks. */
export function mergeBlocks(input: ThreeWayInput): ThreeWayResult {
  const { departmentId: dept, revision, newId } = input;
  const baseBlocks = blocksById(input.base);
  const theirBlocks = blocksById(input.theirs);
  const theirOrder = new Map([...theirBlocks.keys()].map((src, i) => [src, i]));
  const baseOrder = new Map([...baseBlocks.keys()].map((src, i) => [src, i]));
  const fromTheirs = (t: SerializedTextBlock, src: string, blockId?: string) =>
    withState(t, { ...(blockId && { blockId }), dept, rev: revision, src });
  const stamp = (o: SerializedTextBlock) => (o.$?.dept === dept ? withState(o, { ...o.$, rev: revision }) : o);
  const conflict = (id: string, mine: SerializedTextBlock | null, t: SerializedTextBlock | null, src: string) =>
    conflictBlock(id, dept, revision, mine, t && fromTheirs(t, src));

  const srcOf = new Map<string, string>();
  const present = new Set(input.ours.map((b) => b.$?.blockId));
  for (const [src, id] of input.links) if (present.has(id)) srcOf.set(id, src);

  const linked = (o: SerializedBlock, src: string): Outcome => {
    const b = baseBlocks.get(src);
    const t = theirBlocks.get(src);
    const id = o.$!.blockId!;
    if (o.type === 'conflict') return followConflict(o, t, src);
    if (!t) {
      if (!b) return { block: o, kind: 'unchanged' };
      if (sameBody(o, b)) return { block: null, kind: 'removed', change: { kind: 'removed', before: o, after: null } };
      return {
        block: conflict(id, o, null, src),
        kind: 'conflicts',
        change: { kind: 'conflict', before: o, after: null },
      };
    }
    if (b && sameBody(o, b)) {
      if (sameBody(t, b)) return { block: stamp(o), kind: 'unchanged' };
      return { block: fromTheirs(t, src, id), kind: 'updated', change: { kind: 'updated', before: o, after: t } };
    }
    if ((b && sameBody(t, b)) || sameBody(o, t)) return { block: stamp(o), kind: 'unchanged' };
    return { block: conflict(id, o, t, src), kind: 'conflicts', change: { kind: 'conflict', before: o, after: t } };
  };

  const followConflict = (o: SerializedConflict, t: SerializedTextBlock | undefined, src: string): Outcome => {
    const id = o.$!.blockId!;
    const { mine, theirs: shown } = o;
    if (t ? shown !== null && sameBody(shown, t) : shown === null) return { block: o, kind: 'unchanged' };
    if (!t && !mine) return { block: null, kind: 'removed', change: { kind: 'resolved', before: null, after: null } };
    if (t && mine && sameBody(mine, t))
      return { block: fromTheirs(t, src, id), kind: 'updated', change: { kind: 'resolved', before: mine, after: t } };
    return {
      block: conflict(id, mine, t ?? null, src),
      kind: 'conflicts',
      change: { kind: 'conflict', before: mine, after: t ?? null },
    };
  };

  const summary: MergeSummary = { updated: 0, added: 0, removed: 0, conflicts: 0, unchanged: 0 };
  const changes: BlockChange[] = [];
  const count = (outcome: Outcome) => {
    summary[outcome.kind]++;
    if (outcome.change) changes.push(outcome.change);
  };

  const placed: Placed[] = [];
  for (const block of input.ours) {
    const src = srcOf.get(block.$?.blockId ?? '');
    if (src === undefined) {
      placed.push({ block });
      continue;
    }
    const outcome = linked(block, src);
    count(outcome);
    if (outcome.block) placed.push({ block: outcome.block, src });
  }

  const incoming: Placed[] = [];
  const linkedSrcs = new Set(srcOf.values());
  for (const [src, t] of theirBlocks) {
    if (linkedSrcs.has(src)) continue;
    const b = baseBlocks.get(src);
    const known = b !== undefined || input.links.has(src);
    if (!known) {
      if (input.pick && !input.pick.has(src)) continue;
      incoming.push({ block: fromTheirs(t, src, newId()), src });
      count({ block: null, kind: 'added', change: { kind: 'added', before: null, after: t } });
    } else if (!b || !sameBody(t, b)) {
      incoming.push({ block: conflict(newId(), null, t, src), src });
      count({ block: null, kind: 'conflicts', change: { kind: 'conflict', before: null, after: t } });
    }
  }

  // An answer of nothing but empty paragraphs of the coordinator's is no text to keep beside the department's.
  if (incoming.length > 0 && placed.every((p) => p.src === undefined && isBlankBlock(p.block) && !p.block.$?.dept))
    placed.length = 0;
  const own = placed.flatMap((p) => (p.src !== undefined ? [p.src] : []));
  const moved = keepsOrder(own, baseOrder) ? takeMoved(placed, theirOrder) : [];
  placeBlocks(placed, [...moved, ...incoming], theirOrder, dept, input.departmentOrder, input.heading);

  const links = placed.flatMap((p): [string, string][] => (p.src !== undefined ? [[p.src, p.block.$!.blockId!]] : []));
  return { children: placed.map((p) => p.block), links, summary, changes };
}
