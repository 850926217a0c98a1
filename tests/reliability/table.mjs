// The reliability table: `clear` empties the figures file, `print` prints what was tried,
// how many times and what broke (exit 1 when anything broke). Used by `npm test` (short
// run) and `npm run test:reliability` (full run).
import { existsSync, readFileSync, rmSync } from 'node:fs';

const FILE = 'test-results/reliability/figures.jsonl';

export function clearFigures() {
  rmSync(FILE, { force: true });
}

/** Prints the table; returns the number of broken cases. */
export function printFigures() {
  if (!existsSync(FILE)) {
    console.log('Tillförlitlighet: inga mätvärden registrerades.');
    return 0;
  }
  const latest = new Map();
  for (const line of readFileSync(FILE, 'utf8').split('\n').filter(Boolean)) {
    const figure = JSON.parse(line);
    latest.set(figure.id, figure);
  }
  const rows = [...latest.values()];
  const width = Math.min(90, Math.max(...rows.map((r) => r.what.length), 10));
  console.log(
    `\nTillförlitlighet (${process.env.RELIABILITY === 'full' ? 'fullständig körning' : 'kort körning i npm test'})`,
  );
  console.log(`${'vad som prövades'.padEnd(width)}  ${'gånger'.padStart(7)}  ${'gick sönder'.padStart(11)}`);
  let broke = 0;
  for (const row of rows) {
    broke += row.broke;
    console.log(
      `${row.what.slice(0, width).padEnd(width)}  ${String(row.tries).padStart(7)}  ${String(row.broke).padStart(11)}`,
    );
    if (row.detail) console.log(`  ${row.detail}`);
  }
  console.log(broke === 0 ? 'Inget gick sönder.' : `${broke} fall gick sönder.`);
  return broke;
}

if (process.argv[1] && process.argv[1].endsWith('table.mjs')) {
  if (process.argv[2] === 'clear') clearFigures();
  else process.exitCode = printFigures() > 0 ? 1 : 0;
}
