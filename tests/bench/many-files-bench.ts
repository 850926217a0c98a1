import type { Browser } from '@playwright/test';
import { manyDepartmentFiles, type ManyFiles } from './import-files';
import type { ImportTimes } from './page/bench-page';
import { median, type Figure } from './stats';

/*
 * Many departments (performance issue, item 3): 60 contribution files imported at once
 * through the app into Chromium's IndexedDB (each checked, compared with what is there,
 * written in its own transaction and logged), beside reading and checking the same files
 * with the schema alone. Then "Sammanfoga alla" of them into the full-size report: the
 * merging beside a JSON round trip of the same files, and the click to written beside
 * that round trip plus a raw IndexedDB write of what the merge wrote.
 */

const RUNS = 5;

/** The import figure, measured in the bench page. */
export async function manyFilesBench(browser: Browser, base: string): Promise<Figure[]> {
  const input = await manyDepartmentFiles();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/bench/index.html`);
  const times = await page.evaluate(
    ([data, runs]) =>
      (
        window as unknown as {
          importBench: (d: ManyFiles, n: number) => Promise<ImportTimes>;
        }
      ).importBench(data, runs),
    [input, RUNS] as const,
  );
  await context.close();
  const megabytes = input.files.reduce((sum, f) => sum + f.text.length, 0) / 1024 / 1024;
  console.log(`${input.files.length} contribution files, ${megabytes.toFixed(1)} MB`);
  return [
    {
      name: `import ${input.files.length} contribution files at once, median of ${RUNS}`,
      app: median(times.app),
      comparator: median(times.schema),
      comparatorName: 'reading and checking the same files with the schema alone (no database)',
      bound: 10,
    },
    {
      name: `"Sammanfoga alla" (${times.merges} merges): the merging, median of ${RUNS}`,
      app: median(times.merging),
      comparator: median(times.json),
      comparatorName: 'JSON.parse + JSON.stringify of the same files (the merging: the preview, then the run’s own)',
      bound: 10,
    },
    {
      name: `"Sammanfoga alla": the click, merged and written, median of ${RUNS}`,
      app: median(times.click),
      comparator: median(times.json) + median(times.raw),
      comparatorName:
        'the same JSON round trip + raw IndexedDB puts of what the merge wrote (answers, records, history), one transaction, strict durability',
      // Our own bound (the issue bounds the merging): the click checks all it writes with the strict schemas (about 2 MB here) and plans again against the editors' answers; the raw side does neither.
      bound: 3,
    },
  ];
}
