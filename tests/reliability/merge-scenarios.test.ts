import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MergeWorld, random, worldArb, type CheckName } from '../shared/merge/merge-world';
import { recordFigure, runs } from './figures';

/*
 * The merge row of the reliability table: generated scenarios (1–10 departments, 1–30
 * questions, up to 4 revisions, the coordinator editing, deleting, reordering and
 * resolving between them), every promise checked after every step. MERGE_SEED= repeats.
 */

const SCENARIOS = runs(10_000, 100);
const seed = Number(process.env.MERGE_SEED || Date.now() % 2_147_483_647);

describe('merge scenarios (reliability)', () => {
  it(`${SCENARIOS} generated scenarios break no promise (seed ${seed})`, { timeout: 1_800_000 }, () => {
    console.log(`merge seed: ${seed} (MERGE_SEED=${seed} repeats this run)`);
    const broke = new Map<CheckName, number>();
    const totals = { merges: 0, conflicts: 0, resolved: 0 };
    let failed = 0;
    let example = '';
    for (const spec of fc.sample(worldArb, { seed, numRuns: SCENARIOS })) {
      const world = new MergeWorld(random(spec.seed), spec);
      world.run(spec.revisions);
      totals.merges += world.counts.merges;
      totals.conflicts += world.counts.conflicts;
      totals.resolved += world.counts.resolved;
      if (world.failures.length === 0) continue;
      failed++;
      example ||= `${JSON.stringify(spec)}: ${world.failures[0]!.detail}`;
      for (const check of new Set(world.failures.map((f) => f.check))) broke.set(check, (broke.get(check) ?? 0) + 1);
    }
    const n = (check: CheckName) => broke.get(check) ?? 0;
    recordFigure({
      id: 'merge-scenarios',
      what: `sammanfogning, genererade scenarier (seed ${seed})`,
      tries: SCENARIOS,
      broke: failed,
      detail: `${totals.merges} sammanfogningar, ${totals.conflicts} konflikter, ${totals.resolved} lösta; förlorad text ${n('lost')}, tyst överskriven ${n('overwrite')}, ordningsberoende ${n('order')}, proveniensluckor ${n('provenance')}, ej idempotent ${n('idempotence') + n('older')}, ogiltigt ${n('schema')}`,
    });
    expect(failed, example).toBe(0);
  });
});
