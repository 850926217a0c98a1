import { canonicalJson } from '../text/canonical-json';
import type { CommentThread, Reply, Resolution } from './comment-schema';

/*
 * Comment threads meet when a file comes back: the coordinator's copy and the
 * department's. They merge by id, as a state-based CRDT: a thread or reply is kept if
 * either side has it (nothing is dropped), replies are the union, and resolve/reopen is
 * last-writer-wins by time. Every choice is made by content alone (the later time, then
 * the smaller canonical JSON), so merging in any order and any grouping gives the same
 * threads, and merging a copy with itself changes nothing.
 */

/** Of two versions of one record, the one every merge picks: the smaller canonical JSON. */
function pick<T>(a: T, b: T): T {
  return canonicalJson(a as never) <= canonicalJson(b as never) ? a : b;
}

function laterResolution(a: Resolution | null, b: Resolution | null): Resolution | null {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return pick(a, b);
}

function byTime<T extends { createdAt: string; id: string }>(a: T, b: T): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

function mergeReplies(a: readonly Reply[], b: readonly Reply[]): Reply[] {
  const byId = new Map<string, Reply>();
  for (const reply of [...a, ...b]) {
    const have = byId.get(reply.id);
    byId.set(reply.id, have ? pick(have, reply) : reply);
  }
  return [...byId.values()].sort(byTime);
}

function mergeThread(a: CommentThread, b: CommentThread): CommentThread {
  const { replies: _ra, resolution: _sa, ...headA } = a;
  const { replies: _rb, resolution: _sb, ...headB } = b;
  return {
    ...pick(headA, headB),
    replies: mergeReplies(a.replies, b.replies),
    resolution: laterResolution(a.resolution, b.resolution),
  };
}

/** The threads of both sides merged by id, oldest first. */
export function mergeThreads<T extends CommentThread>(a: readonly T[], b: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const thread of [...a, ...b]) {
    const have = byId.get(thread.id);
    byId.set(thread.id, { ...(have ?? thread), ...mergeThread(have ?? thread, thread) } as T);
  }
  return [...byId.values()].sort(byTime);
}
