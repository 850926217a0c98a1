import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/*
 * The reliability figures: each test records what it tried, how many times and how many
 * broke, into one JSON-lines file that `npm run test:reliability` prints as a table.
 * RELIABILITY=full runs the full counts; without it (inside `npm test`) a shorter run.
 */

export const FIGURES_FILE = 'test-results/reliability/figures.jsonl';

export interface ReliabilityFigure {
  id: string;
  what: string;
  tries: number;
  broke: number;
  detail?: string;
}

/** True for the full run (`npm run test:reliability`). */
export const fullRun = process.env.RELIABILITY === 'full';

/** The count for this run: the full figure, or the shorter one inside `npm test`. */
export function runs(full: number, short: number): number {
  return fullRun ? full : short;
}

/** Appends one figure to the results file. */
export function recordFigure(figure: ReliabilityFigure): void {
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, `${JSON.stringify({ ...figure, at: new Date().toISOString() })}\n`);
}
