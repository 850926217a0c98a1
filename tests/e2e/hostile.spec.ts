import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildContributionFile } from '../../shared/files/build-files';
import { encodeExchangeFile, readAssignmentFile } from '../../shared/files/exchange-files';
import { paragraph, richText, text } from '../shared/fixtures';
import { recordFigure } from '../reliability/figures';
import { SENTINEL, XSS_PAYLOADS } from '../reliability/xss-payloads';
import { handWrittenDocx } from '../shared/docx/import/word-builder';
import { template } from '../shared/preflight/complete-report';
import { CoordinatorPage } from './pages/ContributionPages';
import { ReportPage } from './pages/ReportPage';
import { StartPages } from './pages/StartPages';

/*
 * Item 9, in the browser: the payloads are pasted into an editor, arrive in a
 * contribution file and in a .docx; none runs (the sentinel stays unset), and no
 * script, event handler or unsafe link ends up in the page.
 */

const dir = mkdtempSync(join(tmpdir(), 'rv-e2e-hostile-'));

async function dangerousDom(page: Page): Promise<string[]> {
  return page.evaluate((sentinel) => {
    const found: string[] = [];
    if ((window as unknown as Record<string, unknown>)[sentinel] !== undefined) found.push('sentinel set');
    for (const element of document.querySelectorAll('#root *')) {
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'FORM'].includes(element.tagName))
        found.push(`<${element.tagName.toLowerCase()}>`);
      for (const attribute of element.attributes)
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
      const href = element.getAttribute('href') ?? element.getAttribute('src');
      if (href && /^\s*(javascript|vbscript|data:text\/html)/i.test(href))
        found.push(`${element.tagName.toLowerCase()}[href=${href.slice(0, 30)}]`);
    }
    return found;
  }, SENTINEL);
}

test(`${XSS_PAYLOADS.length} XSS payloads pasted, in a contribution file and in a .docx: none runs`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  const report = new ReportPage(page);
  await report.create('Region Västmanland');

  // Pasted as HTML, twenty at a time.
  await report.answer('1.1').click();
  for (let i = 0; i < XSS_PAYLOADS.length; i += 20) {
    await report.paste({ html: XSS_PAYLOADS.slice(i, i + 20).join('<br>'), text: 'text' });
  }
  await report.waitSaved();
  await page.waitForTimeout(500);
  const afterPaste = await dangerousDom(page);

  // In a contribution file: the payloads as answer text.
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await coordinator.assign('2.3', 'Analys');
  const assignmentPath = await coordinator.exportAssignment('Analys');
  const assignment = await readAssignmentFile(new Uint8Array(readFileSync(assignmentPath)), 'uppdrag.rvuppdrag');
  const contribution = await buildContributionFile({
    assignment,
    answers: [
      {
        reportId: 'arbetsyta-01',
        questionId: '2.3',
        content: richText(...XSS_PAYLOADS.map((p) => paragraph(text(p)))),
        choice: null,
        basis: [],
        status: 'klar',
        updatedAt: '2026-01-05T10:00:00.000Z',
      },
    ],
    author: 'Angripare',
    revision: 1,
    now: new Date(),
    newId: () => crypto.randomUUID(),
  });
  const contributionPath = join(dir, 'analys.rvbidrag');
  writeFileSync(contributionPath, encodeExchangeFile(contribution));
  await coordinator.openView('Bidrag');
  await coordinator.importFiles([contributionPath]);
  await expect(page.getByText('1 av 1 avdelningar har lämnat bidrag')).toBeVisible();
  await coordinator.openView('Dokument');
  await report.block('2.3').getByRole('button', { name: 'Bidrag (1)' }).click();
  await page
    .getByRole('complementary', { name: 'Bidrag till svar 2.3' })
    .getByRole('button', { name: 'Infoga hela bidraget från Analys' })
    .click();
  await expect(report.answer('2.3')).toContainText('<script>');
  await report.waitSaved();
  const afterContribution = await dangerousDom(page);

  // In a .docx imported as a report.
  const start = new StartPages(page);
  const answers = Object.fromEntries(
    ['1.1', '2.3', '6.1'].map((id, i) => [id, XSS_PAYLOADS.filter((_, k) => k % 3 === i).join('\n')]),
  );
  const summary = await start.importWord(
    await handWrittenDocx(template, { questionStyle: 'bold', boxStyle: 'text', answers }),
    'fientlig.docx',
  );
  await summary.getByRole('button', { name: 'Skapa rapporten' }).click();
  await expect(report.answer('6.1')).toContainText('onerror');
  const afterDocx = await dangerousDom(page);

  const tries = XSS_PAYLOADS.length * 3;
  const broke = afterPaste.length + afterContribution.length + afterDocx.length;
  recordFigure({
    id: 'xss-browser',
    what: 'XSS-nyttolaster: inklistrade, i bidragsfil och i .docx (ingen körs)',
    tries,
    broke,
  });
  expect({ afterPaste, afterContribution, afterDocx }).toEqual({
    afterPaste: [],
    afterContribution: [],
    afterDocx: [],
  });
});
