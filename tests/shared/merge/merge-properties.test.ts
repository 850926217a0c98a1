import { describe, expect, it } from 'vitest';
import { withBlocks, withState } from '../../../shared/merge/blocks';
import { mergeStep } from '../../../shared/merge/merge-step';
import { firstFailure, type CheckName, type Merge } from './merge-world';

/*
 * The merge's promises over generated scenarios (see merge-world.ts), and proof that
 * each check can fail: a deliberately broken merge must be caught by it.
 */

const SCENARIOS = 300;
const seed = Number(process.env.MERGE_SEED || Date.now() % 2_147_483_647);

// Broken merges, each breaking one promise.
const mutants: [string, CheckName, Merge][] = [
  [
    'takes the department’s side of every conflict',
    'overwrite',
    (input) => {
      const r = mergeStep(input);
      const children = r.answer.content.root.children.flatMap((b) =>
        b.type !== 'conflict' ? [b] : b.theirs ? [withState(b.theirs, { ...b.theirs.$, blockId: b.$!.blockId! })] : [],
      );
      return { ...r, answer: { ...r.answer, content: withBlocks(r.answer.content, children) } };
    },
  ],
  [
    'drops the last block it added',
    'lost',
    (input) => {
      const r = mergeStep(input);
      const children = r.answer.content.root.children;
      const last = children.findLastIndex(
        (b) => b.type !== 'conflict' && b.$?.dept === input.departmentId && b.$.rev === input.revision,
      );
      return last < 0 || r.summary.added === 0
        ? r
        : {
            ...r,
            answer: {
              ...r.answer,
              content: withBlocks(
                r.answer.content,
                children.filter((_, i) => i !== last),
              ),
            },
          };
    },
  ],
  ['appends each department at the end', 'order', (input) => mergeStep({ ...input, departmentOrder: [] })],
  [
    'gives two blocks the same id',
    'provenance',
    (input) => {
      const r = mergeStep(input);
      const [first, ...rest] = r.answer.content.root.children;
      if (!first || rest.length === 0) return r;
      const last = rest[rest.length - 1]!;
      return {
        ...r,
        answer: {
          ...r.answer,
          content: withBlocks(r.answer.content, [
            first,
            ...rest.slice(0, -1),
            { ...last, $: { ...last.$, blockId: first.$!.blockId! } },
          ]),
        },
      };
    },
  ],
  [
    'merges a revision it has merged before again as new',
    'idempotence',
    (input) =>
      mergeStep({ ...input, state: input.state && input.revision === input.state.revision ? undefined : input.state }),
  ],
  [
    'merges an older revision after a newer one',
    'older',
    (input) =>
      mergeStep({
        ...input,
        state: input.state && input.revision < input.state.revision ? { ...input.state, revision: 0 } : input.state,
      }),
  ],
  [
    'writes a text node Lexical does not know',
    'schema',
    (input) => {
      const r = mergeStep(input);
      const children = r.answer.content.root.children.map((b) =>
        b.type === 'paragraph' && b.$?.rev === input.revision ? { ...b, format: 'diagonal' as never } : b,
      );
      return { ...r, answer: { ...r.answer, content: withBlocks(r.answer.content, children) } };
    },
  ],
];

describe('merge over generated scenarios', () => {
  it(`keeps every promise in ${SCENARIOS} scenarios (seed ${seed})`, { timeout: 300_000 }, () => {
    console.log(`merge seed: ${seed} (MERGE_SEED=${seed} repeats this run)`);
    const failure = firstFailure(mergeStep, SCENARIOS, seed);
    expect(failure).toBeUndefined();
  });

  it.each(mutants)('catches a merge that %s (check: %s)', { timeout: 300_000 }, (_name, check, merge) => {
    const failure = firstFailure(merge, 300, 20261202);
    expect(failure?.check).toBe(check);
  });
});
