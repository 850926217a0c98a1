import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { serializeBackup, type BackupContents } from '../../shared/files/backup-format';

/*
 * What the Chromium benches do with the built app and the bench page: put a workspace in
 * through the app's own restore, open a report, type with a latency probe, and mount the
 * same HTML as plain elements for the comparators.
 */

/** Typed in rounds: one sentence of an ordinary answer. */
export const TYPED = 'Under året har vi fortsatt arbetet med kompetensplattformen och samverkan i länet. ';

/** A new page whose functions sent from tsx work (tsx compiles named functions with esbuild's __name helper). */
export async function benchContext(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

/** Restores `workspace` through the app's "Återställ från säkerhetskopia" and waits for the reports' table. */
export async function restoreWorkspace(page: Page, base: string, workspace: BackupContents): Promise<void> {
  const file = join(tmpdir(), `rv-bench-${process.pid}-${Date.now()}.rvbackup`);
  writeFileSync(file, serializeBackup(workspace, new Date(), 'bench'));
  await page.goto(`${base}/renderer/index.html#/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('table').getByRole('button').first().waitFor();
}

// Installed once per page; later rounds only empty the sample lists. Each sample is keydown → next paint.
function installProbe(): void {
  const scope = window as unknown as { __latencies?: number[]; __stamps?: number[] };
  if (scope.__latencies && scope.__stamps) {
    scope.__latencies.length = 0;
    scope.__stamps.length = 0;
    return;
  }
  const samples: number[] = [];
  const stamps: number[] = [];
  scope.__latencies = samples;
  scope.__stamps = stamps;
  document.addEventListener(
    'keydown',
    (event) => {
      const stamp = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          samples.push(performance.now() - stamp);
          stamps.push(stamp);
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/** One keystroke's latency and when its keydown came (the page's clock). */
export interface Keystroke {
  at: number;
  ms: number;
}

/** Types one sentence at the end of `target` and returns each keystroke's latency (the first five left out: focus and caret). */
export async function typeAndMeasure(page: Page, target: string): Promise<Keystroke[]> {
  await page.bringToFront();
  await page.evaluate(installProbe);
  await page.locator(target).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(TYPED, { delay: 60 });
  const samples = await page.evaluate(() => {
    const scope = window as unknown as { __latencies: number[]; __stamps: number[] };
    return scope.__latencies.map((ms, i) => ({ ms, at: scope.__stamps[i]! }));
  });
  return samples.slice(5);
}

/** Opens a report from the start page by its route; the time until all 30 editors hold their text and have painted. */
export async function openReport(page: Page, base: string, reportId: string): Promise<number> {
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
    // The paint, and the task after it.
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

/** Mounts `htmls` as plain contenteditable elements in the bench page; the time until painted. */
export async function mountPlain(page: Page, htmls: string[]): Promise<number> {
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

/** The answers' HTML as the app shows them, for the plain comparators. */
export function answerHtmls(page: Page): Promise<string[]> {
  return page
    .locator('[contenteditable="true"][aria-label^="Svar "]')
    .evaluateAll((els) => els.map((e) => e.innerHTML));
}
