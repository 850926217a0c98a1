import { expect, test, type Page } from '@playwright/test';
import { ReportPage } from './pages/ReportPage';

/*
 * A key acts where the user sees the caret or the selection. The browser tells the editor
 * of a moved selection in a task of its own (selectionchange), so a key pressed right
 * after an arrow key can reach the editor first; on a busy machine it did, and a comment
 * quoted one letter less than was selected. Here the selection is moved and the key sent
 * in one task, which makes that order certain.
 */

const TEXT = 'Vi har ökat antalet platser.';

/** A key as KeyboardEvent's init takes it (a narrow type: Playwright's argument types choke on the DOM's). */
interface Key {
  key: string;
  code: string;
  ctrlKey?: boolean;
  altKey?: boolean;
}

async function selectAndPress(report: ReportPage, [anchor, focus]: readonly [number, number], init: Key) {
  await report.answer('1.3').evaluate(
    (root, { anchor, focus, init }) => {
      const text = root.querySelector('p span')!.firstChild!;
      // The editor holds a collapsed caret at the end; the page now has the words selected.
      root.ownerDocument.getSelection()!.setBaseAndExtent(text, anchor, text, focus);
      root.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
    },
    { anchor, focus, init },
  );
}

async function comment(page: Page): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Kommentarer' });
  await panel.getByRole('textbox', { name: 'Kommentar', exact: true }).fill('Hur då?');
  await panel.getByRole('button', { name: 'Spara kommentaren' }).click();
}

for (const [words, ends] of [
  ['ökat antalet', [19, 7]], // selected backwards, as by Shift+ArrowLeft
  ['platser', [20, 27]],
] as const) {
  test(`Ctrl+Alt+M at once after the selection moved quotes and marks "${words}"`, async ({ page }) => {
    const report = new ReportPage(page);
    await report.create();
    await report.type('1.3', TEXT);
    await selectAndPress(report, ends, { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true });
    await comment(page);
    const thread = page.getByRole('complementary', { name: 'Kommentarer' }).getByRole('article', {
      name: 'Kommentar av Samordnare på 1.3',
    });
    await expect(thread).toContainText(words);
    await expect(report.answer('1.3').locator('mark')).toHaveText(words);
  });
}

test('Ctrl+B at once after the selection moved bolds the words selected, and undo takes it back', async ({ page }) => {
  const report = new ReportPage(page);
  await report.create();
  await report.type('1.3', TEXT);
  await selectAndPress(report, [19, 7], { key: 'b', code: 'KeyB', ctrlKey: true });
  await expect(report.answer('1.3').locator('strong')).toHaveText('ökat antalet');
  await page.keyboard.press('Control+Z');
  await expect(report.answer('1.3').locator('strong')).toHaveCount(0);
  await expect(report.answer('1.3')).toHaveText(TEXT);
});

test('Enter at once after the caret moved splits the paragraph at the caret shown', async ({ page }) => {
  const report = new ReportPage(page);
  await report.create();
  await report.type('1.3', TEXT);
  await selectAndPress(report, [19, 19], { key: 'Enter', code: 'Enter' });
  await expect(report.answer('1.3').locator('p')).toHaveText(['Vi har ökat antalet', ' platser.']);
});
