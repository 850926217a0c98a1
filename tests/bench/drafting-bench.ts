import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { serializeBackup } from '../../shared/files/backup-format';
import { fullSizeWorkspace, type ReportSize } from './full-report';
import { median, p95, type Figure } from './stats';

/*
 * The drafting issue's three figures, each beside a comparator measured in the same run:
 * typing latency against 30 plain contenteditable elements holding the same HTML,
 * opening the report against mounting that HTML as plain elements, and the autosave
 * transaction against raw IndexedDB puts of the same records.
 */

const OPEN_RUNS = 7;
const TYPED = 'Under året har vi fortsatt arbetet med kompetensplattformen och samverkan i länet. ';
// Typing alternates between the app and the plain page, so a noisy moment hits both alike.
const TYPING_ROUNDS = 10;

// Installed once per page; later rounds only empty the sample list.
function installProbe(): void {
  const scope = window as unknown as { __latencies?: number[] };
  if (scope.__latencies) {
    scope.__latencies.length = 0;
    return;
  }
  const samples: number[] = [];
  scope.__latencies = samples;
  document.addEventListener(
    'keydown',
    (event) => {
      const stamp = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => samples.push(performance.now() - stamp);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

async function typeAndMeasure(page: Page, target: string): Promise<number[]> {
  await page.bringToFront();
  await page.evaluate(installProbe);
  await page.locator(target).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(TYPED, { delay: 60 });
  const samples = await page.evaluate(() => [...(window as unknown as { __latencies: number[] }).__latencies]);
  return samples.slice(5);
}

async function openReport(page: Page, base: string, reportId: string): Promise<number> {
  await page.goto(`${base}/renderer/index.html#/`);
  await page.getByRole('table').waitFor();
  return page.evaluate(async (id) => {
    const start = performance.now();
    location.hash = `#/rapport/${id}`;
    await new Promise<void>((resolve) => {
      const check = () => {
        const editors = document.querySelectorAll('[contenteditable="true"][aria-label^="Svar "]');
        if (editors.length === 30 && editors[29]!.textContent) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
    );
    return performance.now() - start;
  }, reportId);
}

async function mountPlain(page: Page, htmls: string[]): Promise<number> {
  return page.evaluate((list) => {
    const start = performance.now();
    const host = document.getElementById('plain')!;
    host.replaceChildren(
      ...list.map((html, i) => {
        const div = document.createElement('div');
        div.contentEditable = 'true';
        div.setAttribute('aria-label', `Plain ${i}`);
        div.innerHTML = html;
        return div;
      }),
    );
    return new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      }),
    );
  }, htmls);
}

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
  const backupFile = join(tmpdir(), `rv-bench-${process.pid}.rvbackup`);
  writeFileSync(backupFile, serializeBackup(workspace, new Date(), 'bench'));
  const reportId = workspace.reports[0]!.id;

  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // tsx compiles named functions with esbuild's __name helper; functions sent to the page need it too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  await page.goto(`${base}/renderer/index.html#/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
  await (await chooser).setFiles(backupFile);
  await page.getByRole('table').getByRole('button').first().waitFor();

  const slow = async (target: Page) => {
    if (slowdown > 1)
      await (await context.newCDPSession(target)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  };
  await slow(page);
  const open: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) open.push(await openReport(page, base, reportId));
  const htmls = await page
    .locator('[contenteditable="true"][aria-label^="Svar "]')
    .evaluateAll((els) => els.map((e) => e.innerHTML));

  const plainPage = await context.newPage();
  await plainPage.goto(`${base}/bench/index.html`);
  await slow(plainPage);
  const plainOpen: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) plainOpen.push(await mountPlain(plainPage, htmls));
  const appTyping: number[] = [];
  const plainTyping: number[] = [];
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    appTyping.push(...(await typeAndMeasure(page, '[aria-label="Svar 2.3"]')));
    plainTyping.push(...(await typeAndMeasure(plainPage, '[aria-label="Plain 9"]')));
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
