import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { recordFigure, runs } from '../reliability/figures';

/*
 * Item 1 of the reliability issue: Chromium is started as its own process group on one
 * profile, the user types into an answer, and the whole group is killed (SIGKILL) at a
 * random moment; then the same profile is opened again. Also the renderer alone is
 * crashed through CDP (Page.crash). Counted: acknowledged saves lost (text seen
 * committed in IndexedDB that is gone), torn records (stored text not a prefix of what
 * was typed), characters typed more than one second before the kill that are missing.
 */

const KILLS = runs(50, 3);
const CRASHES = runs(20, 2);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--remote-debugging-port=0',
];

async function launch(profile: string): Promise<{ child: ChildProcess; browser: Browser }> {
  const child = spawn(CHROMIUM, [...ARGS, `--user-data-dir=${profile}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`Chromium startade inte: ${buffer.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return { child, browser: await chromium.connectOverCDP(endpoint) };
}

function killGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGKILL');
  });
}

/** The committed text of answer 1.1, read straight from IndexedDB (null when the record is not there). */
function storedText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('rapportverkstad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('answers').objectStore('answers').getAll();
          get.onsuccess = () => {
            const answer = (
              get.result as {
                questionId: string;
                content: { root: { children: { children?: { text?: string }[] }[] } };
              }[]
            ).find((a) => a.questionId === '1.1');
            db.close();
            resolve(
              answer
                ? answer.content.root.children
                    .map((b) => (b.children ?? []).map((c) => c.text ?? '').join(''))
                    .join('\n')
                : null,
            );
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

async function openAnswer(page: Page, baseURL: string, reportHash: string | null): Promise<string> {
  if (reportHash) await page.goto(`${baseURL}/${reportHash}`);
  else {
    await page.goto(`${baseURL}/`);
    await page.getByRole('button', { name: 'Ny rapport', exact: true }).click();
    await page.getByLabel('Organisation').fill('Region Krasch');
    await page.getByRole('button', { name: 'Skapa rapporten' }).click();
  }
  const answer = page.getByRole('textbox', { name: 'Svar 1.1', exact: true });
  await expect(answer).toBeVisible({ timeout: 20_000 });
  await answer.click();
  await page.keyboard.press('Control+End');
  return new URL(page.url()).hash;
}

// Tracing would follow the connected browsers, which this test kills.
test.use({ trace: 'off' });

interface Tally {
  tries: number;
  lostAcknowledged: number;
  torn: number;
  missingTyped: number;
  recoveryShown: number;
  falseAlarms: number;
}

test(`killing Chromium ${KILLS} times and crashing the renderer ${CRASHES} times while typing loses nothing saved`, async ({
  baseURL,
}) => {
  test.setTimeout(60_000 + (KILLS + CRASHES) * 20_000);
  const profile = mkdtempSync(join(tmpdir(), 'rv-krasch-'));
  const tally: Tally = { tries: 0, lostAcknowledged: 0, torn: 0, missingTyped: 0, recoveryShown: 0, falseAlarms: 0 };
  let reportHash: string | null = null;
  let seed = 12_345;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;

  for (let round = 0; round < KILLS + CRASHES; round++) {
    const crashOnly = round >= KILLS;
    const { child, browser } = await launch(profile);
    const context = browser.contexts()[0]!;
    const page = context.pages()[0] ?? (await context.newPage());
    reportHash = await openAnswer(page, baseURL!, reportHash);
    // The previous round ended with a clean close: no recovery message now.
    if (
      round > 0 &&
      (await page.getByText('Rapportverkstad avslutades oväntat förra gången.', { exact: false }).isVisible())
    )
      tally.falseAlarms++;
    const baseline = (await storedText(page)) ?? '';
    const typed: { char: string; at: number }[] = [];
    let acknowledged = baseline;
    const deadline = Date.now() + 300 + random() * 2_700;
    let i = 0;
    while (Date.now() < deadline) {
      const char = String.fromCharCode(97 + ((round + i++) % 26));
      typed.push({ char, at: Date.now() });
      await page.keyboard.type(char);
      if (i % 8 === 0) {
        const seen = await storedText(page);
        if (seen !== null && seen.length > acknowledged.length) acknowledged = seen;
      }
    }
    const killedAt = Date.now();
    let reopened: Page;
    let running: ChildProcess;
    if (crashOnly) {
      // Only the renderer dies; the app opens again in the same browser, as Electron reloads its window.
      const cdp = await context.newCDPSession(page);
      await Promise.race([cdp.send('Page.crash').catch(() => undefined), new Promise((r) => setTimeout(r, 2_000))]);
      reopened = await context.newPage();
      running = child;
    } else {
      await killGroup(child);
      const again = await launch(profile);
      reopened = again.browser.contexts()[0]!.pages()[0] ?? (await again.browser.contexts()[0]!.newPage());
      running = again.child;
    }
    await reopened.goto(`${baseURL}/${reportHash}`);
    await expect(reopened.getByRole('textbox', { name: 'Svar 1.1', exact: true })).toBeVisible({ timeout: 20_000 });
    // After a kill the app says the last session ended unexpectedly.
    if (
      !crashOnly &&
      (await reopened.getByText('Rapportverkstad avslutades oväntat förra gången.', { exact: false }).isVisible())
    )
      tally.recoveryShown++;
    const stored = (await storedText(reopened)) ?? '';
    const typedText = typed.map((t) => t.char).join('');
    const mustHave = typed.filter((t) => t.at < killedAt - 1_000).length;
    tally.tries++;
    if (
      !stored.startsWith(acknowledged.slice(0, Math.min(acknowledged.length, stored.length))) ||
      stored.length < acknowledged.length
    )
      tally.lostAcknowledged++;
    if (!stored.startsWith(baseline) || !typedText.startsWith(stored.slice(baseline.length))) tally.torn++;
    if (stored.length - baseline.length < mustHave) tally.missingTyped++;
    // Close the page cleanly (the session is marked closed, as when the app quits), then stop this browser.
    await reopened.close({ runBeforeUnload: true }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await killGroup(running);
  }
  rmSync(profile, { recursive: true, force: true });
  const broke = tally.lostAcknowledged + tally.torn + tally.missingTyped;
  recordFigure({
    id: 'crash',
    what: `SIGKILL av Chromium (${KILLS}) och Page.crash (${CRASHES}) under skrivande`,
    tries: tally.tries,
    broke,
    detail: `förlorade bekräftade sparningar ${tally.lostAcknowledged}, trasiga poster ${tally.torn}, saknade tecken äldre än 1 s ${tally.missingTyped}, återställningsmeddelande visat ${tally.recoveryShown} av ${KILLS}, felaktigt efter ren stängning ${tally.falseAlarms}`,
  });
  expect(tally).toMatchObject({ lostAcknowledged: 0, torn: 0, missingTyped: 0, falseAlarms: 0 });
  expect(tally.recoveryShown).toBe(KILLS);
});
