import type { RichText, SerializedBlock, SerializedConflict, SerializedTextBlock } from '../report/content-schema';
import { blocksById, sameBody, withBlocks, withState } from './blocks';

/*
 * The three-way merge of one question when a department sends revision N+1 after
 * revision N was merged. base = the department's answer in revision N, theirs = in N+1,
 * ours = the merged answer now. Blocks are matched by the department's block ids (kept
 * in each merged block's provenance as `src`), never by position.
 *
 * For a block of this department in ours:
 *   - untouched by the coordinator (same content as base): it follows theirs, or goes
 *     away when the department deleted it;
 *   - changed by the coordinator: it stays when theirs did not change it; when theirs
 *     changed it too (to something else), or deleted it, it becomes a conflict.
 * For a block only in theirs: new, it is placed after its predecessor from the same
 * department. One the coordinator deleted stays deleted unless the department changed
 * it, which is a conflict. Blocks of other departments, the coordinator's own blocks
 * and existing conflicts are left as they are. Nothing is dropped without either its
 * owner deleting it or a conflict showing it.
 */

export interface MergeContext {
  departmentId: string;
  /** The revision being merged (N+1). */
  revision: number;
  newId: () => string;
}

export interface MergeSummary {
  updated: number;
  added: number;
  removed: number;
  conflicts: number;
  unchanged: number;
}

export interface MergeResult {
  content: RichText;
  summary: MergeSummary;
}

function conflict(ctx: MergeContext, mine: SerializedTextBlock | null, theirs: SerializedTextBlock | null): SerializedConflict {
  return { type: 'conflict', version: 1, $: { blockId: ctx.newId() }, departmentId: ctx.departmentId, revision: ctx.revision, mine, theirs };
}

function fromTheirs(block: SerializedTextBlock, src: string, ctx: MergeContext, blockId: string): SerializedTextBlock {
  return withState(block, { blockId, dept: ctx.departmentId, rev: ctx.revision, src });
}

/** The department's source block id a merged block (or a conflict's side) stands for, if it is this department's. */
function sourceOf(block: SerializedBlock, departmentId: string): string | undefined {
  if (block.type === 'conflict') {
    if (block.departmentId !== departmentId) return undefined;
    return block.theirs?.$?.src ?? block.mine?.$?.src;
  }
  return block.$?.dept === departmentId ? block.$.src : undefined;
}

/** Merges revision N+1 of one department's answer into the merged answer. */
export function mergeRevision(ours: RichText, base: RichText | undefined, theirs: RichText | undefined, ctx: MergeContext): MergeResult {
  const baseBlocks = blocksById(base);
  const theirBlocks = blocksById(theirs);
  const summary: MergeSummary = { updated: 0, added: 0, removed: 0, conflicts: 0, unchanged: 0 };
  const result: SerializedBlock[] = [];
  const seen = new Set<string>();

  for (const block of ours.root.children) {
    const src = block.type === 'conflict' ? undefined : sourceOf(block, ctx.departmentId);
    if (block.type === 'conflict') {
      const conflictSrc = sourceOf(block, ctx.departmentId);
      if (conflictSrc) seen.add(conflictSrc);
    }
    if (block.type === 'conflict' || !src) {
      result.push(block);
      continue;
    }
    seen.add(src);
    const before = baseBlocks.get(src);
    const now = theirBlocks.get(src);
    const oursChanged = before ? !sameBody(block, before) : false;
    const theirsChanged = before && now ? !sameBody(now, before) : now !== undefined && !sameBody(block, now);
    const blockId = block.$?.blockId ?? ctx.newId();
    if (now === undefined) {
      if (before === undefined) {
        result.push(block);
        summary.unchanged++;
      } else if (!oursChanged) {
        summary.removed++;
      } else {
        result.push(conflict(ctx, block, null));
        summary.conflicts++;
      }
    } else if (!oursChanged) {
      result.push(fromTheirs(now, src, ctx, blockId));
      if (theirsChanged) summary.updated++;
      else summary.unchanged++;
    } else if (!theirsChanged || sameBody(block, now)) {
      // Reconciled against this revision: the next update compares with it.
      result.push(withState(block, { ...block.$, rev: ctx.revision }));
      summary.unchanged++;
    } else {
      result.push(conflict(ctx, block, fromTheirs(now, src, ctx, blockId)));
      summary.conflicts++;
    }
  }

  // Blocks only in theirs, in their order, each after its predecessor from the department.
  let previousSrc: string | undefined;
  for (const [src, block] of theirBlocks) {
    if (!seen.has(src)) {
      const before = baseBlocks.get(src);
      let insert: SerializedBlock | null = null;
      if (!before) {
        insert = fromTheirs(block, src, ctx, ctx.newId());
        summary.added++;
      } else if (!sameBody(block, before)) {
        insert = conflict(ctx, null, fromTheirs(block, src, ctx, ctx.newId()));
        summary.conflicts++;
      }
      if (insert) {
        const anchor = previousSrc === undefined ? -1 : findLastIndex(result, (b) => sourceOf(b, ctx.departmentId) === previousSrc);
        const firstOwn = result.findIndex((b) => sourceOf(b, ctx.departmentId) !== undefined);
        const at = anchor >= 0 ? anchor + 1 : firstOwn >= 0 && previousSrc === undefined ? firstOwn : result.length;
        result.splice(at, 0, insert);
        seen.add(src);
      }
    }
    if (seen.has(src)) previousSrc = src;
  }
  return { content: withBlocks(ours, result), summary };
}

/** The revision of a department last merged into an answer (its blocks and open conflicts carry it); undefined when none is. */
export function mergedRevision(content: RichText, departmentId: string): number | undefined {
  let newest: number | undefined;
  for (const block of content.root.children) {
    const revision = block.type === 'conflict' ? (block.departmentId === departmentId ? block.revision : undefined) : block.$?.dept === departmentId ? block.$.rev : undefined;
    if (revision !== undefined && (newest === undefined || revision > newest)) newest = revision;
  }
  return newest;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
