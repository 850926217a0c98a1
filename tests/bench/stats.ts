/** The q-quantile (0..1) of samples, nearest rank. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (samples: number[]) => quantile(samples, 0.5);
export const p95 = (samples: number[]) => quantile(samples, 0.95);

/** One printed line of the bench table. */
export interface Figure {
  name: string;
  app: number;
  comparator: number;
  comparatorName: string;
  /** The bound on app / comparator (or on the app figure alone when `absolute`). */
  bound: number;
  absolute?: boolean;
  unit?: string;
}

/** How a figure fared: held, broken, or not judgeable because the comparator broke an absolute bound too. */
export type Verdict = 'ja' | 'NEJ' | 'störd';

/** The verdict on one figure. An absolute bound that the plain comparator also breaks in the same run says the machine was disturbed, not how the app did. */
export function verdict(f: Figure): Verdict {
  if (!f.absolute) return f.app / f.comparator <= f.bound ? 'ja' : 'NEJ';
  if (f.app <= f.bound) return 'ja';
  return f.comparator > f.bound ? 'störd' : 'NEJ';
}

/** Prints the figures as an aligned table and returns their verdicts. */
export function printFigures(title: string, figures: Figure[]): Verdict[] {
  console.log(`\n${title}`);
  console.log(
    [
      'figure'.padEnd(60),
      'app'.padStart(10),
      'comparator'.padStart(12),
      'ratio'.padStart(7),
      'bound'.padStart(8),
      '  ok',
    ].join(''),
  );
  return figures.map((f) => {
    const ratio = f.app / f.comparator;
    const result = verdict(f);
    const unit = f.unit ?? 'ms';
    console.log(
      [
        f.name.padEnd(60),
        `${f.app.toFixed(1)} ${unit}`.padStart(10),
        `${f.comparator.toFixed(1)} ${unit}`.padStart(12),
        ratio.toFixed(2).padStart(7),
        (f.absolute ? `≤${f.bound}${unit}` : `≤${f.bound}×`).padStart(8),
        `  ${result}`,
      ].join(''),
    );
    console.log(`${''.padEnd(4)}comparator: ${f.comparatorName}`);
    return result;
  });
}
