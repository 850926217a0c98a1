import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { importDocxReport } from '../../shared/docx/import/read-report';
import { xmlParts } from '../shared/docx/export/docx-parts';
import { template } from '../shared/preflight/complete-report';
import { FinalPage } from './pages/FinalPage';
import { ReportPage } from './pages/ReportPage';

/*
 * A table typed in an answer: inserted from the toolbar, Tab between cells, a row and
 * a column added, kept over a reload, exported to .docx as a Word table and read back
 * from that file by the Word import with the same cells. A table pasted from a
 * spreadsheet's clipboard HTML becomes a table too.
 */

test('a table is typed, kept, exported as a Word table and imported back with the same cells', async ({ page }) => {
  test.setTimeout(120_000);
  const report = new ReportPage(page);
  await report.create('Region Västmanland');
  await report.answer('1.1').click();
  await page.keyboard.type('Andelen som deltar:');
  await page.keyboard.press('Enter');

  // Insert a 2 × 2 table with a header row from the toolbar, by keyboard.
  await report.toolbarButton('1.1', 'Infoga tabell').click();
  const form = page.getByRole('group', { name: 'Ny tabell' });
  await form.getByRole('spinbutton', { name: 'Rader' }).fill('2');
  await form.getByRole('spinbutton', { name: 'Kolumner' }).fill('2');
  await form.getByRole('button', { name: 'Infoga' }).click();
  const table = report.answer('1.1').locator('table');
  await expect(table.locator('tr')).toHaveCount(2);
  await table.locator('th').first().click();
  await page.keyboard.type('Län');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2025');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Västmanland');
  await page.keyboard.press('Tab');
  await page.keyboard.type('44 %');

  // A row below and a column to the right, from the toolbar shown in a table.
  await report.toolbarButton('1.1', 'Infoga rad under').click();
  await expect(table.locator('tr')).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await table.locator('tr').nth(2).locator('td').first().click();
  await page.keyboard.type('Riket');
  await page.keyboard.press('Tab');
  await page.keyboard.type('40 %');
  await report.toolbarButton('1.1', 'Infoga kolumn till höger').click();
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
  await table.locator('tr').first().locator('th').nth(2).click();
  await page.keyboard.type('Mål');
  // A cell holds paragraphs only: the list shortcut inside it leaves the text a paragraph, and the answer still saves.
  await page.keyboard.press('Control+Shift+8');
  await expect(table.locator('ul')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('[id="svar-1.1"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const expected = [
    ['Län', '2025', 'Mål'],
    ['Västmanland', '44 %', ''],
    ['Riket', '40 %', ''],
  ];
  const cellTexts = async () =>
    table
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim())),
      );
  await expect.poll(cellTexts).toEqual(expected);
  await report.waitSaved();
  await report.reload();
  await expect.poll(cellTexts).toEqual(expected);

  // Exported: a Word table with a repeated header row; the Word import reads the same cells back.
  const final = new FinalPage(page);
  await final.openView('Slutdokument');
  await expect(page.locator('.final-preview table').first()).toBeVisible();
  await expect(page.locator('.final-preview .answer-table th').first()).toHaveText('Län');
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera Word (.docx)' }).click();
  const bytes = new Uint8Array(readFileSync((await (await exporting).path())!));
  expect(xmlParts(bytes).get('word/document.xml')).toContain('<w:tblHeader/>');
  const imported = importDocxReport(bytes, 'export.docx', template, () => 'bild-000001');
  const answer = imported.answers.find((a) => a.questionId === '1.1')!.content;
  const block = answer.root.children.find((b) => b.type === 'table');
  expect(block?.type).toBe('table');
  if (block?.type !== 'table') return;
  const texts = block.children.map((row) =>
    row.children.map((cell) =>
      cell.children.map((p) => p.children.map((c) => (c.type === 'text' ? c.text : '')).join('')).join(''),
    ),
  );
  expect(texts).toEqual(expected);
  expect(block.children[0]!.children.every((cell) => (cell.headerState & 1) !== 0)).toBe(true);
});

test('a table pasted from a spreadsheet is a table; one beyond the limits is asked about and pasted as text', async ({
  page,
}) => {
  const report = new ReportPage(page);
  await report.create('Region Västmanland');
  await report.answer('2.1').click();
  await report.paste({
    html: '<table><tr><td>Kommun</td><td colspan="2">Andel</td></tr><tr><td>Västerås</td><td>41</td><td>%</td></tr></table>',
    text: 'Kommun\tAndel\nVästerås\t41\t%',
  });
  await expect(report.answer('2.1').locator('table tr')).toHaveCount(2);
  await expect(report.answer('2.1').locator('table tr').first().locator('td').nth(1)).toHaveAttribute('colspan', '2');
  await report.waitSaved();

  const wide = `<table><tr>${Array.from({ length: 60 }, (_, i) => `<td>k${i}</td>`).join('')}</tr></table>`;
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('60 kolumner');
    void dialog.accept();
  });
  await report.answer('2.2').click();
  await report.paste({ html: wide, text: 'k0\tk1' });
  await expect(report.answer('2.2')).toContainText('k0 | k1 | k2');
  await expect(report.answer('2.2').locator('table')).toHaveCount(0);
  await report.waitSaved();
});
