import { it } from 'vitest';
import { MergeWorld, random } from './shared/merge/merge-world';
it('dbg', () => { const spec = JSON.parse(process.env.SPEC!); const w = new MergeWorld(random(spec.seed), spec); w.run(spec.revisions); console.log(w.failures[0]); });
