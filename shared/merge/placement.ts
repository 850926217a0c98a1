import type { SerializedBlock } from '../report/content-schema';
import { blockDepartment } from './blocks';

/*
 * Where a department's blocks go in the merged answer. Blocks that stay keep their
 * place among the coordinator's and other departments' blocks. The department's own
 * reordering is followed unless the coordinator reordered its blocks: the blocks that
 * keep their relative order (the longest increasing run of their new positions) stay,
 * the others move, and every moved or new block goes right after its predecessor in the
 * department's text, or before the department's first block. A department with no block
 * in the answer yet is placed by the register's order of departments: after the last
 * block of an earlier department, else before the first block of a later one, else at
 * the end. Every other department's blocks move only next to their own predecessors, so
 * merging A then B gives the same answer as B then A.
 */

/** A block of the answer being built, with the department block id it stands for. */
export interface Placed {
  block: SerializedBlock;
  src?: string | undefined;
}

/** Indexes (into `values`) of one longest strictly increasing subsequence, in O(n log n). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/** True when the blocks that are in both keep the base's relative order (the coordinator did not reorder them). */
export function keepsOrder(srcs: readonly string[], baseOrder: ReadonlyMap<string, number>): boolean {
  let last = -1;
  for (const src of srcs) {
    const at = baseOrder.get(src);
    if (at === undefined) continue;
    if (at < last) return false;
    last = at;
  }
  return true;
}

/** Takes out of `placed` the department's blocks that the department moved; returns them. */
export function takeMoved(placed: Placed[], theirOrder: ReadonlyMap<string, number>): Placed[] {
  const own = placed.filter((p) => p.src !== undefined && theirOrder.has(p.src));
  const keep = longestIncreasing(own.map((p) => theirOrder.get(p.src!)!));
  const moved = own.filter((_, i) => !keep.has(i));
  const out = new Set(moved);
  const rest = placed.filter((p) => !out.has(p));
  placed.splice(0, placed.length, ...rest);
  return moved;
}

/** Index at which a department with no block yet goes: after the last block of an earlier department, else before the first of a later one, else at the end. */
function departmentSlot(placed: readonly Placed[], departmentId: string, order: readonly string[]): number {
  const mine = order.indexOf(departmentId);
  if (mine < 0) return placed.length;
  const rank = (p: Placed) => {
    const dept = blockDepartment(p.block);
    return dept === undefined ? -1 : order.indexOf(dept);
  };
  for (let i = placed.length - 1; i >= 0; i--) {
    const r = rank(placed[i]!);
    if (r >= 0 && r < mine) return i + 1;
  }
  const later = placed.findIndex((p) => rank(p) > mine);
  return later < 0 ? placed.length : later;
}

/**
 * Puts `incoming` (the department's moved and new blocks) into `placed`, each after its
 * predecessor in the department's order; `before` is written once in front of the first
 * block placed where the department had none (a sub-heading). One pass over the
 * department's order and one over the answer: long answers stay linear.
 */
export function placeBlocks(
  placed: Placed[],
  incoming: readonly Placed[],
  theirOrder: ReadonlyMap<string, number>,
  departmentId: string,
  order: readonly string[],
  before?: SerializedBlock,
): void {
  if (incoming.length === 0) return;
  const arriving = new Map(incoming.map((p) => [p.src!, p]));
  const present = new Map<string, Placed>();
  for (const p of placed) if (p.src !== undefined) present.set(p.src, p);
  // Each arriving block goes right after the nearest block before it in the department's order that is in the answer.
  const after = new Map<Placed, Placed[]>();
  const front: Placed[] = [];
  let last: Placed | undefined;
  let group: Placed[] | undefined;
  for (const src of theirOrder.keys()) {
    const item = arriving.get(src);
    if (item) {
      if (!group) {
        group = last ? (after.get(last) ?? []) : front;
        if (last) after.set(last, group);
      }
      group.push(item);
    } else if (present.has(src)) {
      last = present.get(src);
      group = undefined;
    }
  }
  let frontAt = placed.length;
  if (front.length > 0) {
    const first = placed.findIndex((p) => p.src !== undefined);
    frontAt = first >= 0 ? first : departmentSlot(placed, departmentId, order);
    if (first < 0 && before) front.unshift({ block: before });
  }
  const result: Placed[] = [];
  placed.forEach((p, i) => {
    if (i === frontAt) result.push(...front);
    result.push(p, ...(after.get(p) ?? []));
  });
  if (frontAt === placed.length) result.push(...front);
  placed.splice(0, placed.length, ...result);
}
