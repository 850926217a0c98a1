import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { BackupContents } from '../../shared/files/backup-format';
import { answerHtmls, benchContext, restoreWorkspace } from './app-page';
import { fullSizeWorkspace } from './full-report';
import { manyDepartmentFiles } from './import-files';
import { applyContributions } from '../../shared/merge/apply-contributions';
import { readContributionFile } from '../../shared/files/exchange-files';
import { testDeps } from '../shared/fixtures';
import type { Figure } from './stats';

/*
 * Memory (performance issue, item 4), in the built app: the JS heap after opening the
 * full-size report, after typing 2,000 characters into it, and after 200 merges, each
 * after a full garbage collection, beside the heap after opening. The report has 20
 * departments, each with two questions, whose first revisions are merged before it is
 * opened (the app's own merge, in Node), so the 200 merges are five rounds of new
 * revisions updating their text in place (import the round's files in "Bidrag", then
 * "Sammanfoga alla"): what the heap keeps is what the app keeps, not a bigger document.
 * Then ten switches between two reports, and how many editor elements and Lexical
 * editors of the reports left are still alive (WeakRefs taken when each report opened; a
 * garbage collection first), beside plain elements mounted and replaced as often.
 */

const DEPARTMENTS = 20;
const QUESTIONS_EACH = 2;
const REVISIONS = 5;
const TYPED_CHARACTERS = 2_000;
const SWITCHES = 10;

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/** Goes to a report's view by its route (no reload) and waits for what that view shows. */
async function goTo(page: Page, hash: string, ready: string, title?: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  if (ready === 'editors')
    await page.waitForFunction((want) => {
      const editors = document.querySelectorAll('[contenteditable="true"][aria-label^="Svar "]');
      const heading = document.querySelector('h1')?.textContent ?? '';
      return editors.length === 30 && !!editors[29]!.textContent && (!want || heading === want);
    }, title);
  else await page.getByRole('button', { name: ready }).waitFor();
}

/** Keeps a WeakRef to every editor element and Lexical editor now in the page. */
function trackEditors(): void {
  const scope = window as unknown as { __editorRefs?: WeakRef<object>[]; __lexicalRefs?: WeakRef<object>[] };
  scope.__editorRefs ??= [];
  scope.__lexicalRefs ??= [];
  for (const element of document.querySelectorAll('[data-lexical-editor]')) {
    scope.__editorRefs.push(new WeakRef(element));
    const editor = (element as unknown as { __lexicalEditor?: object }).__lexicalEditor;
    if (editor) scope.__lexicalRefs.push(new WeakRef(editor));
  }
}

/** Of the tracked editors, how many are alive though not in the document (elements) or not mounted now (editors). */
function leftBehind(): { tracked: number; elements: number; editors: number } {
  const scope = window as unknown as { __editorRefs: WeakRef<object>[]; __lexicalRefs: WeakRef<object>[] };
  const mounted = new Set(
    [...document.querySelectorAll('[data-lexical-editor]')].map(
      (e) => (e as unknown as { __lexicalEditor?: object }).__lexicalEditor,
    ),
  );
  const elements = scope.__editorRefs.filter((r) => {
    const element = r.deref() as Element | undefined;
    return element !== undefined && !element.isConnected;
  }).length;
  const editors = scope.__lexicalRefs.filter((r) => {
    const editor = r.deref();
    return editor !== undefined && !mounted.has(editor);
  }).length;
  return { tracked: scope.__editorRefs.length, elements, editors };
}

function withSecondReport(workspace: BackupContents): { workspace: BackupContents; second: string } {
  const first = workspace.reports[0]!;
  const second = `${first.id.slice(0, -4)}zzzz`;
  return {
    second,
    workspace: {
      ...workspace,
      reports: [...workspace.reports, { ...first, id: second, title: `${first.title} (kopia)` }],
      // Its own copy of each image, under an id of its own.
      answers: [
        ...workspace.answers,
        ...workspace.answers.map((a) => ({
          ...a,
          reportId: second,
          content: JSON.parse(JSON.stringify(a.content).replace(/"(bild-diagram-\d{4})"/g, '"$1-b"')),
        })),
      ],
      images: [...workspace.images, ...workspace.images.map((i) => ({ ...i, id: `${i.id}-b`, reportId: second }))],
    },
  };
}

/** The report with its 20 departments' first revisions merged (the app's merge, in Node), and every revision's file. */
async function mergedReport() {
  const many = await manyDepartmentFiles(DEPARTMENTS, REVISIONS + 1, QUESTIONS_EACH);
  const firsts = await Promise.all(
    many.files
      .filter((f) => f.name.endsWith('-v1.rvbidrag'))
      .map(async (f) => ({ name: f.name, file: await readContributionFile(new TextEncoder().encode(f.text), f.name) })),
  );
  const { report, departments, assignments } = many;
  const merged = applyContributions(
    { report, answers: many.answers, departments, assignments, contributions: [] },
    firsts,
    testDeps(),
  ).records;
  return {
    many,
    workspace: {
      ...fullSizeWorkspace(),
      reports: [report],
      answers: merged.answers,
      departments,
      assignments,
      contributions: merged.contributions,
      mergeRecords: merged.mergeRecords ?? [],
    },
  };
}

/** Mounts the same HTML as plain elements `times` times in the bench page, each replacing the last; how many are left alive after a garbage collection. */
async function plainLeftBehind(page: Page, cdp: CDPSession, htmls: string[], times: number): Promise<number> {
  for (let n = 0; n < times; n++)
    await page.evaluate((list) => {
      const scope = window as unknown as { __plainRefs?: WeakRef<Element>[] };
      const host = document.getElementById('plain')!;
      host.replaceChildren(
        ...list.map((html) => {
          const div = document.createElement('div');
          div.contentEditable = 'true';
          div.innerHTML = html;
          (scope.__plainRefs ??= []).push(new WeakRef(div));
          return div;
        }),
      );
    }, htmls);
  await heapMb(cdp);
  return page.evaluate(
    () =>
      (window as unknown as { __plainRefs: WeakRef<Element>[] }).__plainRefs.filter((r) => {
        const element = r.deref();
        return element !== undefined && !element.isConnected;
      }).length,
  );
}

/** The memory figures, measured in the built app. */
export async function memoryBench(browser: Browser, base: string): Promise<Figure[]> {
  const { many, workspace: one } = await mergedReport();
  const { workspace, second } = withSecondReport(one);
  const folder = mkdtempSync(join(tmpdir(), 'rv-bench-memory-'));
  const files = many.files.map((f) => {
    const path = join(folder, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  const reportId = many.report.id;
  const context = await benchContext(await browser.newContext({ viewport: { width: 1400, height: 1000 } }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await restoreWorkspace(page, base, workspace);
  await goTo(page, `#/rapport/${reportId}`, 'editors');
  const opened = await heapMb(cdp);
  const characters = await page.evaluate(() =>
    [...document.querySelectorAll('[data-lexical-editor]')].reduce((n, e) => n + (e.textContent ?? '').length, 0),
  );

  await page.getByRole('textbox', { name: 'Svar 2.3', exact: true }).click();
  await page.keyboard.press('Control+End');
  const sentence = 'Vi har fortsatt samverkan med kommunerna i länet. ';
  const typed = sentence.repeat(Math.ceil(TYPED_CHARACTERS / sentence.length)).slice(0, TYPED_CHARACTERS);
  await page.keyboard.type(typed);
  await page
    .locator('.save-indicator')
    .getByText(/^Sparat/)
    .waitFor();
  const afterTyping = await heapMb(cdp);

  let merges = 0;
  for (let revision = 2; revision <= REVISIONS + 1; revision++) {
    await goTo(page, `#/rapport/${reportId}/bidrag`, 'Välj bidragsfiler …');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj bidragsfiler …' }).click();
    await (await choosing).setFiles(files.filter((f) => f.endsWith(`-v${revision}.rvbidrag`)));
    await page
      .getByRole('list', { name: 'Resultat av importen' })
      .getByRole('listitem')
      .nth(DEPARTMENTS - 1)
      .waitFor();
    await goTo(page, `#/rapport/${reportId}`, 'editors');
    await page.getByRole('button', { name: 'Sammanfoga alla' }).click();
    const run = page
      .getByRole('complementary', { name: 'Sammanfoga alla väntande bidrag' })
      .getByRole('button', { name: /^Sammanfoga \d+ bidrag$/ });
    merges += Number(/\d+/.exec((await run.textContent()) ?? '')![0]);
    await run.click();
    // The person reads that it is done and closes the notice (its "Ångra" holds the answers as they were).
    const done = page.locator('.notices .notice').filter({ hasText: /svar sammanfogades\./ });
    await done.waitFor();
    await done.getByRole('button', { name: 'Stäng meddelandet' }).click();
    await page
      .locator('.save-indicator')
      .getByText(/^Sparat/)
      .waitFor();
  }
  if (merges !== DEPARTMENTS * QUESTIONS_EACH * REVISIONS) throw new Error(`${merges} sammanfogningar, inte 200`);
  const afterMerges = await heapMb(cdp);
  const htmls = await answerHtmls(page);

  await page.evaluate(trackEditors);
  let afterFirst = { tracked: 0, elements: 0, editors: 0 };
  for (let n = 0; n < SWITCHES; n++) {
    const [id, title] = n % 2 === 0 ? [second, `${many.report.title} (kopia)`] : [reportId, many.report.title];
    // Leaving with the caret in an answer, as with the back button while typing.
    await page.getByRole('textbox', { name: 'Svar 1.1', exact: true }).click();
    await goTo(page, `#/rapport/${id}`, 'editors', title);
    await page.evaluate(trackEditors);
    if (n === 0) {
      await heapMb(cdp);
      afterFirst = await page.evaluate(leftBehind);
    }
  }
  await heapMb(cdp);
  const left = await page.evaluate(leftBehind);
  const plainPage = await context.newPage();
  await plainPage.goto(`${base}/bench/index.html`);
  const plainLeft = await plainLeftBehind(plainPage, await context.newCDPSession(plainPage), htmls, SWITCHES + 1);
  await context.close();
  console.log(
    `${characters} characters in the report; heap ${opened.toFixed(1)} MB opened, ${afterTyping.toFixed(1)} MB after typing ${TYPED_CHARACTERS} characters, ${afterMerges.toFixed(1)} MB after ${merges} merges; ${left.tracked} editor elements made over ${SWITCHES} switches; Lexical editors alive and not mounted: ${afterFirst.editors} after the first switch (Lexical's module-level cache of root listeners keeps the first editor it served), ${left.editors} after the last`,
  );
  return [
    {
      name: `JS heap after typing ${TYPED_CHARACTERS} characters`,
      app: afterTyping,
      comparator: opened,
      comparatorName: 'the heap after opening the report (both after a full garbage collection)',
      bound: 1.5,
      unit: 'MB',
    },
    {
      name: `JS heap after ${merges} merges (${REVISIONS} × "Sammanfoga alla")`,
      app: afterMerges,
      comparator: opened,
      comparatorName: 'the heap after opening the report',
      bound: 1.5,
      unit: 'MB',
    },
    {
      name: `editor elements left behind after ${SWITCHES} report switches`,
      app: left.elements,
      comparator: plainLeft,
      comparatorName: `plain elements with the same HTML mounted and replaced ${SWITCHES + 1} times (alive and out of the document counts)`,
      bound: 0,
      absolute: true,
      unit: '',
    },
    {
      name: `Lexical editors left behind by switches 2–${SWITCHES}`,
      app: left.editors - afterFirst.editors,
      comparator: plainLeft,
      comparatorName: 'same comparator; an editor alive and not mounted counts, beyond those the first switch left',
      bound: 0,
      absolute: true,
      unit: '',
    },
  ];
}
