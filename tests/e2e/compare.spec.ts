import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { template } from '../shared/preflight/complete-report';
import { handWrittenDocx } from '../shared/docx/import/word-builder';
import { xmlParts } from '../shared/docx/export/docx-parts';
import { docxToPdfText, officeMissing } from '../tools/office';
import { CoordinatorPage, DepartmentPage } from './pages/ContributionPages';
import { FinalPage } from './pages/FinalPage';
import { ReportPage } from './pages/ReportPage';
import { StartPages } from './pages/StartPages';

/*
 * Comparing: last year's Word report imported and rolled forward; this year the
 * coordinator edits 1.1 and Folkhälsa writes 1.2 through a contribution; "Jämför med
 * förra årets text" shows the changes inline with a count per question, and the changes
 * exported as a Word document are tracked changes by Folkhälsa and Samordnare.
 */

test('a rolled-forward report compared with last year, and its changes as Word tracked changes', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const start = new StartPages(page);
  const report = new ReportPage(page);
  const docx = await handWrittenDocx(template, {
    questionStyle: 'bold',
    boxStyle: 'text',
    answers: {
      '1.1': 'Fjolårets viktigaste arbete var kompetens.',
      '1.2': 'Folkhälsans arbete i fjol.',
      '1.3': 'Oförändrad text.',
    },
  });
  const summary = await start.importWord(docx);
  await summary.getByRole('button', { name: 'Skapa rapporten' }).click();
  await expect(report.answer('1.1')).toHaveText('Fjolårets viktigaste arbete var kompetens.');
  await report.waitSaved();
  await page.goto('/');
  await start.rollForward('Resultatredovisning av det regionala utvecklingsarbetet 2025 · Region Västmanland', []);

  // This year: the coordinator rewrites a word of 1.1 and adds a sentence.
  await report.answer('1.1').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.type('Årets');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Nu också digitalisering.');
  await report.waitSaved();

  // Folkhälsa writes 1.2 on its own laptop; the coordinator merges it.
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await coordinator.assign('1.2', 'Folkhälsa');
  const assignment = await coordinator.exportAssignment('Folkhälsa');
  const profile = await browser.newContext();
  const officer = new DepartmentPage(await profile.newPage());
  await officer.openAssignment(assignment);
  const workspace = new ReportPage(officer.page);
  await workspace.answer('1.2').click();
  await officer.page.keyboard.type('Folkhälsans arbete i år gav resultat.');
  await workspace.waitSaved();
  const contribution = await officer.exportContribution('Eva Ek');
  await profile.close();
  await coordinator.openView('Bidrag');
  await coordinator.importFiles([contribution]);
  await expect(coordinator.trackerRow('Folkhälsa')).toContainText('inlämnad (version 1)');
  await coordinator.openView('Dokument');
  await report.block('1.2').getByRole('button', { name: 'Bidrag (1)' }).click();
  await page.getByRole('button', { name: 'Infoga hela bidraget från Folkhälsa' }).click();
  await expect(report.answer('1.2')).toContainText('Folkhälsans arbete i år gav resultat.');
  await report.waitSaved();
  // The history names the version taken before the merge, and keeps last year's text.
  await report.block('1.2').getByRole('button', { name: 'Historik' }).click();
  const versions = page.getByRole('list', { name: 'Versioner' });
  await expect(
    versions.getByRole('button', { name: / · före sammanfogning av Folkhälsa v1 · Samordnare$/ }),
  ).toHaveCount(1);
  await expect(versions.getByRole('button', { name: /förra årets text · 2025$/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Stäng historiken' }).click();

  // Jämför med förra årets text: the changes inline, a count per question in the navigation pane.
  await page.getByRole('combobox', { name: 'Jämför med' }).selectOption({ label: 'Förra årets text (2025)' });
  const changes = page.getByRole('region', { name: 'Ändringar i fråga 1.1 jämfört med Förra årets text (2025)' });
  await expect(changes.locator('del')).toContainText(['Fjolårets']);
  await expect(changes.locator('ins')).toContainText(['Årets', 'Nu också digitalisering.']);
  const nav = page.getByRole('navigation', { name: 'Rapportens innehåll' });
  await expect(nav.getByRole('link', { name: /^1\.1\b/ })).toContainText('5 ändrade ord');
  await expect(page.getByRole('region', { name: /^Ändringar i fråga 1\.3 / })).toContainText('Inga ändringar.');
  await expect(nav.getByRole('link', { name: /^1\.3\b/ })).not.toContainText('ändrade ord');
  const axe = await new AxeBuilder({ page }).include('.answer-comparison').include('.report-bar').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Typing while comparing: the answer's changes follow after the save.
  await report.type('1.3', ' Tillägg.');
  await report.waitSaved();
  await expect(page.getByRole('region', { name: /^Ändringar i fråga 1\.3 / }).locator('ins')).toContainText('Tillägg.');

  // The changes as a Word document: tracked changes by Folkhälsa and Samordnare, which LibreOffice turns into a PDF.
  await new FinalPage(page).openView('Slutdokument');
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera ändringar som Word-dokument' }).click();
  const download = await exporting;
  expect(download.suggestedFilename()).toMatch(/-andringar\.docx$/);
  const bytes = new Uint8Array(readFileSync((await download.path())!));
  const document = xmlParts(bytes).get('word/document.xml')!;
  expect(document).toMatch(
    /<w:ins [^>]*w:author="Folkhälsa"[^>]*>.*?<w:t[^>]*>Folkhälsans arbete i år gav resultat\.<\/w:t>/s,
  );
  expect(document).toMatch(/<w:del [^>]*w:author="Samordnare"[^>]*>.*?<w:delText[^>]*>Fjolårets<\/w:delText>/s);
  expect(document).toMatch(/<w:ins [^>]*w:author="Samordnare"[^>]*>.*?Nu också digitalisering/s);
  const missing = officeMissing();
  if (missing) {
    console.log(`LibreOffice-delen hoppas över: ${missing}`);
    return;
  }
  const pdf = docxToPdfText([{ name: 'andringar.docx', bytes }]).get('andringar.docx');
  expect(pdf, 'LibreOffice kunde inte göra PDF av ändringsdokumentet').toBeTruthy();
  expect(pdf).toContain('digitalisering');
});
