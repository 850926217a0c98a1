// Prints one closing line over the unit (vitest) and e2e (Playwright) runs of `npm test`,
// and every skipped test with its reason, so a skip never passes unseen.
import { existsSync, readFileSync } from 'node:fs';
import { printFigures } from './reliability/table.mjs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

function unitCounts(report) {
  if (!report) return null;
  const skipped = report.testResults
    .flatMap((file) => file.assertionResults.map((test) => ({ file: file.name, test })))
    .filter(({ test }) => test.status === 'pending' || test.status === 'skipped' || test.status === 'todo')
    .map(({ file, test }) => `${file.replace(process.cwd() + '/', '')}: ${test.fullName}`);
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
    reasons: skipped,
  };
}

function e2eCounts(report) {
  if (!report) return null;
  const reasons = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'skipped') continue;
        const why = test.annotations.find((a) => a.type === 'skip')?.description ?? 'ingen orsak angiven';
        reasons.push(`${spec.file}: ${spec.title} (${why})`);
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  report.suites.forEach(walk);
  const { expected, unexpected, skipped, flaky } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped, reasons };
}

const parts = { unit: unitCounts(read('test-results/unit.json')), e2e: e2eCounts(read('test-results/e2e.json')) };
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, counts] of Object.entries(parts)) {
  if (!counts) {
    console.log(`${name}: ingen rapport hittades`);
    total.failed += 1;
    continue;
  }
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const reason of counts.reasons) console.log(`  överhoppat: ${reason}`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
// The short reliability run's table (the full one is `npm run test:reliability`).
const broke = printFigures();
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 || total.passed === 0 || broke > 0 ? 1 : 0;
