import { it } from 'vitest';
import { firstFailure } from './shared/merge/merge-world';
import { mergeStep } from '../shared/merge/merge-step';
it('dbg', { timeout: 600000 }, () => { console.log('RESULT', firstFailure(mergeStep, Number(process.env.N ?? 300), Number(process.env.S ?? 1))); });
