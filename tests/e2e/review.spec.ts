import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import { CoordinatorPage, DepartmentPage } from './pages/ContributionPages';
import { ReportPage } from './pages/ReportPage';

/*
 * The review loop by file, two browser profiles (the coordinator's and Folkhälsa's
 * laptops): a comment on 1.3, the contribution returned, answered and revised by the
 * department, the reply seen, revision 2 merged, the comment resolved and the answer
 * approved; the tracker shows each status in turn; the review .docx carries the comment.
 */

test('comment, return, reply, revise, merge, resolve and approve', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const report = new ReportPage(page);
  await report.create('Region Västmanland');
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await coordinator.assign('1.3', 'Folkhälsa');
  await coordinator.openView('Bidrag');
  await expect(coordinator.trackerRow('Folkhälsa')).toContainText('ej skickad');
  await coordinator.openView('Avdelningar och uppdrag');
  const assignment = await coordinator.exportAssignment('Folkhälsa');
  await coordinator.openView('Bidrag');
  await expect(coordinator.trackerRow('Folkhälsa')).toContainText('skickad');

  // Folkhälsa writes revision 1 on its own laptop.
  const profile = await browser.newContext();
  const officer = new DepartmentPage(await profile.newPage());
  await officer.openAssignment(assignment);
  const workspace = new ReportPage(officer.page);
  await workspace.answer('1.3').click();
  await officer.page.keyboard.type('Vi har ökat antalet platser.');
  await workspace.waitSaved();
  const v1 = await officer.exportContribution('Eva Ek');

  await coordinator.importFiles([v1]);
  await expect(coordinator.trackerRow('Folkhälsa')).toContainText('inlämnad (version 1)');
  await coordinator.openView('Dokument');
  await report.block('1.3').getByRole('button', { name: 'Bidrag (1)' }).click();
  await page.getByRole('button', { name: 'Infoga hela bidraget från Folkhälsa' }).click();
  await expect(report.answer('1.3')).toContainText('Vi har ökat antalet platser.');

  // A comment on the words, by keyboard: select them, Ctrl+Alt+M, write, save.
  await report.answer('1.3').getByText('Vi har ökat antalet platser.').click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' platser.'.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'ökat antalet'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByRole('complementary', { name: 'Kommentarer' });
  await panel.getByRole('textbox', { name: 'Kommentar', exact: true }).fill('Hur många fler platser?');
  await panel.getByRole('button', { name: 'Spara kommentaren' }).click();
  const thread = panel.getByRole('article', { name: 'Kommentar av Samordnare på 1.3' });
  await expect(thread).toContainText('ökat antalet');
  await expect(
    page.getByRole('navigation', { name: 'Rapportens innehåll' }).getByText('1 kommentar', { exact: true }),
  ).toBeVisible();
  await expect(report.answer('1.3').locator('mark')).toHaveText('ökat antalet');
  expect((await new AxeBuilder({ page }).include('.comments-panel').analyze()).violations).toEqual([]);
  await report.waitSaved();

  // The review copy carries the comment as a Word comment.
  await page
    .getByRole('navigation', { name: 'Rapportens vyer' })
    .getByRole('link', { name: 'Slutdokument', exact: true })
    .click();
  const review = await coordinator.download('Exportera granskningsversion (.docx)');
  expect(strFromU8(unzipSync(readFileSync(review))['word/comments.xml']!)).toContain('Hur många fler platser?');

  await coordinator.openView('Bidrag');
  const returned = await coordinator.returnContribution('Folkhälsa', 'Se kommentaren i 1.3.');
  await expect(coordinator.trackerRow('Folkhälsa')).toContainText('återsänd (1 kommentar)');

  // Folkhälsa opens the returned assignment: its own text, the comment beside it.
  await officer.openAssignment(returned);
  await expect(officer.page.getByText('Samordnaren har återsänt version 1 med 1 kommentar.')).toBeVisible();
  await expect(workspace.answer('1.3').locator('mark')).toHaveText('ökat antalet');
  await workspace.block('1.3').getByRole('button', { name: 'Kommentarer (1) 1.3' }).click();
  const theirPanel = officer.page.getByRole('complementary', { name: 'Kommentarer' });
  const theirThread = theirPanel.getByRole('article', { name: 'Kommentar av Samordnare på 1.3' });
  await expect(theirThread).toContainText('Hur många fler platser?');
  await theirThread.getByRole('textbox', { name: 'Svar till Samordnare' }).fill('Från 120 till 160.');
  await theirThread.getByRole('button', { name: 'Svara' }).click();
  await expect(theirThread).toContainText('Från 120 till 160.');
  await workspace.answer('1.3').getByText('platser.').click();
  await officer.page.keyboard.press('End');
  await officer.page.keyboard.type(' Fler än någonsin.');
  await workspace.waitSaved();
  const v2 = await officer.exportContribution('Eva Ek');
  await profile.close();

  await coordinator.importFiles([v2]);
  await expect(coordinator.trackerRow('Folkhälsa')).toContainText('inlämnad (version 2)');
  await coordinator.openView('Dokument');
  await page.getByRole('button', { name: 'Kommentarer (1)', exact: true }).click();
  const mine = page
    .getByRole('complementary', { name: 'Kommentarer' })
    .getByRole('article', { name: 'Kommentar av Samordnare på 1.3' });
  await expect(mine).toContainText('Från 120 till 160.');
  await mine.getByRole('button', { name: 'Markera som löst' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Rapportens innehåll' }).getByText('1 kommentar', { exact: true }),
  ).toBeHidden();

  await report.block('1.3').getByRole('button', { name: 'Bidrag (1)' }).click();
  // What Folkhälsa changed between its two revisions, word by word.
  await page.getByText('Jämför version 1 med version 2').click();
  await expect(page.locator('.revision-comparison ins')).toContainText('Fler än någonsin.');
  await page.getByRole('button', { name: 'Visa vad uppdateringen ändrar' }).click();
  await page.getByRole('button', { name: 'Godkänn uppdateringen' }).click();
  await expect(report.answer('1.3')).toContainText('Fler än någonsin.');
  await expect(report.answer('1.3').locator('mark')).toHaveText('ökat antalet');
  await report.waitSaved();

  await coordinator.openView('Bidrag');
  await coordinator.trackerRow('Folkhälsa').getByRole('button', { name: 'Godkänn 1.3 Folkhälsa' }).click();
  await expect(coordinator.trackerRow('Folkhälsa')).toContainText('godkänd');

  // What Folkhälsa changed in revision 2, as Word tracked changes by Folkhälsa.
  await page
    .getByRole('navigation', { name: 'Rapportens vyer' })
    .getByRole('link', { name: 'Slutdokument', exact: true })
    .click();
  await page
    .getByRole('combobox', { name: 'Ändringar sedan' })
    .selectOption({ label: 'Version 1 från Folkhälsa (ändringarna i version 2)' });
  const changes = readFileSync(await coordinator.download('Exportera ändringar som Word-dokument'));
  const changed = strFromU8(unzipSync(new Uint8Array(changes))['word/document.xml']!);
  expect(changed).toMatch(/<w:ins [^>]*w:author="Folkhälsa"[^>]*>.*?Fler än någonsin/s);
});
