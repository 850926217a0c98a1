import type { Browser } from '@playwright/test';
import { manyDepartmentFiles, type ManyFiles } from './import-files';
import { median, type Figure } from './stats';

/*
 * Many departments (performance issue, item 3): 60 contribution files imported at once
 * through the app into Chromium's IndexedDB (each checked, compared with what is there,
 * written in its own transaction and logged), beside reading and checking the same files
 * with the schema alone.
 */

const RUNS = 3;

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
          importBench: (d: ManyFiles, n: number) => Promise<{ app: number[]; schema: number[] }>;
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
  ];
}
