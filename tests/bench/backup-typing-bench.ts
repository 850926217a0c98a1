import type { Browser, Page } from '@playwright/test';
import { answerHtmls, benchContext, mountPlain, openReport, restoreWorkspace, typeAndMeasure } from './app-page';
import { tenReportWorkspace } from './full-report';
import { median, p95, type Figure } from './stats';

/*
 * A backup never blocks typing (performance issue, item 6): the app holds ten full-size
 * reports with their images; backups of the whole workspace run one after another (the
 * app's own backup function, loaded into the app's page against its database) while a
 * report is typed in. Only keystrokes whose keydown came while a backup ran are counted,
 * beside typing in plain contenteditable elements with the same HTML while the same
 * backups run from that page: both sides share the machine with the backup alike (on two
 * cores a backup worker takes one of them), so the ratio shows what the backup does to
 * the app's own thread. Alternating rounds.
 */

const ROUNDS = 6;

/** The app's page loads the bench page's module, which puts `backupLoop` on window. */
async function loadBackupLoop(page: Page, base: string): Promise<void> {
  const html = await (await fetch(`${base}/bench/index.html`)).text();
  const src = /<script[^>]+src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('bänksidans skript hittades inte');
  await page.evaluate((url) => import(url), `${base}/bench/${src}`);
}

/** Typing latency while backups run, against plain typing. */
export async function backupTypingBench(browser: Browser, base: string): Promise<Figure[]> {
  const workspace = tenReportWorkspace();
  const context = await benchContext(await browser.newContext({ viewport: { width: 1400, height: 1000 } }));
  const page = await context.newPage();
  await restoreWorkspace(page, base, workspace);
  await openReport(page, base, workspace.reports[0]!.id);
  await loadBackupLoop(page, base);
  const plainPage = await context.newPage();
  await plainPage.goto(`${base}/bench/index.html`);
  await mountPlain(plainPage, await answerHtmls(page));

  const app = { during: [] as number[], typed: 0, backups: [] as number[] };
  const plain = { during: [] as number[], typed: 0, backups: [] as number[] };
  const typeDuringBackups = async (target: Page, editor: string, into: typeof app) => {
    await target.evaluate(() => {
      const scope = window as unknown as { backupLoop: () => unknown; __loop?: unknown };
      scope.__loop = scope.backupLoop();
    });
    const keys = await typeAndMeasure(target, editor);
    const spans = await target.evaluate(() =>
      (window as unknown as { __loop: { stop: () => Promise<{ start: number; end: number }[]> } }).__loop.stop(),
    );
    into.typed += keys.length;
    into.during.push(...keys.filter((k) => spans.some((s) => k.at >= s.start && k.at <= s.end)).map((k) => k.ms));
    into.backups.push(...spans.map((s) => s.end - s.start));
  };
  const quiet: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await typeDuringBackups(page, '[aria-label="Svar 2.3"]', app);
    await typeDuringBackups(plainPage, '[aria-label="Plain 9"]', plain);
    quiet.push(...(await typeAndMeasure(plainPage, '[aria-label="Plain 9"]')).map((k) => k.ms));
  }
  await context.close();
  for (const [side, figures] of [
    ['app', app],
    ['plain', plain],
  ] as const) {
    console.log(
      `${side}: ${figures.backups.length} backups of ${workspace.reports.length} reports while typing, median ${median(figures.backups).toFixed(0)} ms each; ${figures.during.length} of ${figures.typed} keystrokes came during one`,
    );
    if (figures.during.length < 100)
      throw new Error(`för få tangenttryck under en säkerhetskopia (${side}: ${figures.during.length})`);
  }
  console.log(
    `without backups, plain typing p95 ${p95(quiet).toFixed(1)} ms (the app during backups: ${(p95(app.during) / p95(quiet)).toFixed(2)}× of it)`,
  );
  return [
    {
      name: 'typing during a backup: keydown → paint, p95',
      app: p95(app.during),
      comparator: p95(plain.during),
      comparatorName: '30 plain contenteditable, same HTML, the same backups running (in their worker)',
      bound: 1.5,
    },
    {
      name: 'typing during a backup: slowest keystroke',
      app: Math.max(...app.during),
      comparator: Math.max(...plain.during),
      comparatorName: 'same',
      bound: 100,
      absolute: true,
    },
  ];
}
