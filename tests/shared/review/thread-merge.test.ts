import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { commentListSchema, type CommentThread, type Reply } from '../../../shared/review/comment-schema';
import { mergeThreads } from '../../../shared/review/thread-merge';
import { random } from '../merge/merge-world';

/*
 * Comment threads merged in any order and grouping give the same threads, and no reply
 * is lost; each promise is shown to catch a merge that breaks it.
 */

const RUNS = 300;
const seed = Number(process.env.MERGE_SEED || Date.now() % 2_147_483_647);

type MergeFn = (a: readonly CommentThread[], b: readonly CommentThread[]) => CommentThread[];

function time(rand: () => number): string {
  return new Date(Date.UTC(2026, 2, 1) + Math.floor(rand() * 4) * 60_000).toISOString();
}

/** Copies of one set of threads as different computers hold them: each copy a subset of threads, replies and resolutions, sometimes with its own additions. */
function copies(rand: () => number): CommentThread[][] {
  const ids = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => `kommentar-${i}`);
  const count = 2 + Math.floor(rand() * 3);
  const people = [
    { name: 'Anna', departmentId: null },
    { name: 'Bo', departmentId: 'avdelning-folkhalsa' },
  ];
  return Array.from({ length: count }, (_, copy) =>
    ids
      .filter(() => rand() < 0.8)
      .map((id): CommentThread => {
        const replies: Reply[] = Array.from({ length: Math.floor(rand() * 3) }, (_, r) => ({
          id: `svar-${id}-${copy}-${r}`,
          author: people[Math.floor(rand() * 2)]!,
          createdAt: time(rand),
          text: `Svar ${r} från kopia ${copy}`,
        }));
        const resolved = rand();
        return {
          id,
          questionId: '1.3',
          author: people[0]!,
          createdAt: '2026-03-01T00:00:00.000Z',
          text: `Kommentar ${id}`,
          anchor: { blockId: 'block-1', quote: 'ordet' },
          replies,
          resolution:
            resolved < 0.4
              ? null
              : { resolved: resolved < 0.7, by: people[Math.floor(rand() * 2)]!.name, at: time(rand) },
        };
      }),
  );
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Folds the copies in one random order and, separately, as a random tree of pairs. */
function twoWays(merge: MergeFn, all: CommentThread[][], rand: () => number): [CommentThread[], CommentThread[]] {
  const sequential = shuffle(all, rand).reduce<CommentThread[]>((acc, c) => merge(acc, c), []);
  let layer = shuffle(all, rand);
  while (layer.length > 1) {
    const next: CommentThread[][] = [];
    for (let i = 0; i < layer.length; i += 2)
      next.push(i + 1 < layer.length ? merge(layer[i + 1]!, layer[i]!) : layer[i]!);
    layer = shuffle(next, rand);
  }
  return [sequential, layer[0]!];
}

function firstFailure(merge: MergeFn, runSeed: number): string | undefined {
  const rand = random(runSeed);
  for (let run = 0; run < RUNS; run++) {
    const all = copies(rand);
    const [a, b] = twoWays(merge, all, rand);
    if (canonicalJson(a) !== canonicalJson(b)) return `order (run ${run})`;
    if (canonicalJson(merge(a, a)) !== canonicalJson(a)) return `idempotent (run ${run})`;
    const replies = new Set(all.flat().flatMap((t) => t.replies.map((r) => r.id)));
    const kept = new Set(a.flatMap((t) => t.replies.map((r) => r.id)));
    if ([...replies].some((id) => !kept.has(id))) return `lost (run ${run})`;
    const threads = new Set(all.flat().map((t) => t.id));
    if (a.length !== threads.size) return `lost (run ${run})`;
    const latest = (id: string) =>
      all
        .flat()
        .filter((t) => t.id === id && t.resolution)
        .map((t) => t.resolution!.at)
        .sort()
        .at(-1);
    if (a.some((t) => (t.resolution?.at ?? undefined) !== latest(t.id))) return `resolution (run ${run})`;
    if (!commentListSchema.safeParse(a).success) return `schema (run ${run})`;
  }
  return undefined;
}

describe(`comment threads merged in any order (MERGE_SEED=${seed})`, () => {
  it('give the same threads, lose no reply or thread, keep the latest resolve or reopen', () => {
    expect(firstFailure(mergeThreads, seed)).toBeUndefined();
  });

  // A broken merge may trip an earlier check than the one it aims at; any failure catches it.
  const mutants: [string, MergeFn][] = [
    ['keeps the first side of a thread both have', (a, b) => [...a, ...b.filter((t) => !a.some((x) => x.id === t.id))]],
    [
      'lets the incoming resolution win',
      (a, b) =>
        mergeThreads(a, b).map((t) => ({ ...t, resolution: b.find((x) => x.id === t.id)?.resolution ?? t.resolution })),
    ],
    [
      'keeps replies in arrival order',
      (a, b) =>
        mergeThreads(a, b).map((t) => ({
          ...t,
          replies: [...(b.find((x) => x.id === t.id)?.replies ?? []), ...t.replies].filter(
            (r, i, all) => all.findIndex((x) => x.id === r.id) === i,
          ),
        })),
    ],
  ];
  it.each(mutants)('catch a merge that %s', (_name, broken) => {
    expect(firstFailure(broken, seed)).toBeDefined();
  });
});
