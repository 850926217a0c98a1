// npm run test:reliability: the full reliability run. Every item of the reliability issue
// runs at full count (RELIABILITY=full) and the table of what was tried and what broke
// is printed at the end; exit 1 when a run failed or anything broke.
import { spawnSync } from 'node:child_process';
import { clearFigures, printFigures } from './table.mjs';

process.env.RELIABILITY = 'full';
const env = process.env;
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

clearFigures();
const unit = run('npx', [
  'vitest',
  'run',
  'tests/reliability',
  'tests/main/ipc',
  'tests/project/electronegativity.test.ts',
  '--reporter=default',
]);
const build = run('node', ['main/scripts/build.mjs']);
const browser =
  build === 0
    ? run('npx', ['playwright', 'test', 'tests/e2e/crash.spec.ts', 'tests/e2e/hostile.spec.ts', '--reporter=list'])
    : 1;
const broke = printFigures();
const failed = [unit !== 0 && 'vitest', build !== 0 && 'bygget', browser !== 0 && 'playwright'].filter(Boolean);
if (failed.length > 0) console.log(`Körningar som misslyckades: ${failed.join(', ')}.`);
process.exitCode = broke > 0 || failed.length > 0 ? 1 : 0;
