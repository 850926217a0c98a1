import type { Browser, Page } from '@playwright/test';
import { answerHtmls, benchContext, mountPlain, openReport, restoreWorkspace, typeAndMeasure } from './app-page';
import { fullSizeWorkspace, type ReportSize } from './full-report';
import { median, p95, type Figure } from './stats';

/*
 * The drafting issue's three figures, each beside a comparator measured in the same run:
 * typing latency against 30 plain contenteditable elements holding the same HTML,
 * opening the report against mounting that HTML as plain elements, and the autosave
 * transaction against raw IndexedDB puts of the same records.
 */

const OPEN_RUNS = 7;
// Typing alternates between the app and the plain page, so a noisy moment hits both alike.
const TYPING_ROUNDS = 10;

/** How a drafting run is made: an old laptop is the same run with both pages' CPU slowed alike (CDP). */
export interface DraftingOptions {
  /** Emulation.setCPUThrottlingRate for the app and the plain page (1: none). */
  cpuSlowdown?: number;
  /** A bigger report than the full-size one (more text, more and larger images). */
  size?: ReportSize;
}

/** Runs the drafting bench against the built app and bench page served at `base`. */
export async function draftingBench(browser: Browser, base: string, options: DraftingOptions = {}): Promise<Figure[]> {
  const slowdown = options.cpuSlowdown ?? 1;
  const bigger = (options.size?.scale ?? 1) > 1 ? `${options.size!.scale}× report: ` : '';
  const prefix = `${bigger}${slowdown > 1 ? `CPU ${slowdown}× slower: ` : ''}`;
  const workspace = fullSizeWorkspace(options.size);
  const reportId = workspace.reports[0]!.id;

  const context = await benchContext(await browser.newContext({ viewport: { width: 1400, height: 1000 } }));
  const page = await context.newPage();
  await restoreWorkspace(page, base, workspace);

  const slow = async (target: Page) => {
    if (slowdown > 1)
      await (await context.newCDPSession(target)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  };
  await slow(page);
  const open: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) open.push(await openReport(page, base, reportId));
  const htmls = await answerHtmls(page);

  const plainPage = await context.newPage();
  await plainPage.goto(`${base}/bench/index.html`);
  await slow(plainPage);
  const plainOpen: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) plainOpen.push(await mountPlain(plainPage, htmls));
  // One round each first, not counted: the first keystrokes after a build and a fresh page are the noisiest figure here.
  await typeAndMeasure(page, '[aria-label="Svar 2.3"]');
  await typeAndMeasure(plainPage, '[aria-label="Plain 9"]');
  const appTyping: number[] = [];
  const plainTyping: number[] = [];
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    appTyping.push(...(await typeAndMeasure(page, '[aria-label="Svar 2.3"]')).map((k) => k.ms));
    plainTyping.push(...(await typeAndMeasure(plainPage, '[aria-label="Plain 9"]')).map((k) => k.ms));
  }

  const typing: Figure[] = [
    {
      name: `${prefix}typing: keydown → paint, p95`,
      app: p95(appTyping),
      comparator: p95(plainTyping),
      comparatorName: '30 plain contenteditable, same HTML',
      bound: 1.5,
    },
    {
      name: `${prefix}typing: slowest keystroke`,
      app: Math.max(...appTyping),
      comparator: Math.max(...plainTyping),
      comparatorName: 'same',
      bound: 100,
      absolute: true,
    },
    {
      name: `${prefix}open report to interactive, median of ${OPEN_RUNS}`,
      app: median(open),
      comparator: median(plainOpen),
      comparatorName: 'mounting the same HTML as plain elements',
      bound: 15,
    },
  ];
  console.log(
    `${prefix}typing medians: app ${median(appTyping).toFixed(1)} ms, plain ${median(plainTyping).toFixed(1)} ms (${appTyping.length} and ${plainTyping.length} keystrokes)`,
  );
  // The autosave is IndexedDB work the throttle does not slow alike on both sides: measured unthrottled only.
  if (slowdown > 1) {
    await context.close();
    return typing;
  }
  const answers = workspace.answers;
  const autosave = await plainPage.evaluate(
    ([list]) =>
      (
        window as unknown as {
          autosaveBench: (a: unknown, n: number) => Promise<{ app: number[]; transaction: number[]; raw: number[] }>;
        }
      ).autosaveBench(list, 60),
    [answers] as const,
  );
  await context.close();

  return [
    ...typing,
    {
      name: `${prefix}autosave transaction, 30 answers, p95`,
      app: p95(autosave.transaction),
      comparator: p95(autosave.raw),
      comparatorName:
        'raw IndexedDB puts of the same records into a store of the same key and index, one transaction, strict durability',
      bound: 2,
    },
    {
      name: `${prefix}autosave after the debounce, p95`,
      app: p95(autosave.app),
      comparator: p95(autosave.raw),
      comparatorName: 'same; the app side adds building, checking (zod) and versioning',
      bound: 50,
      absolute: true,
    },
  ];
}
