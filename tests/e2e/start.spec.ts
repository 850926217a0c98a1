import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { template } from '../shared/preflight/complete-report';
import { handWrittenDocx } from '../shared/docx/import/word-builder';
import { ReportPage } from './pages/ReportPage';
import { StartPages } from './pages/StartPages';

test('a Word report is imported with a summary, then rolled forward to next year with last year’s text marked until edited', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const start = new StartPages(page);
  const report = new ReportPage(page);
  const docx = await handWrittenDocx(template, {
    questionStyle: 'heading',
    boxStyle: 'content-control',
    answers: {
      '1.1': 'Fjolårets viktigaste arbete.',
      '2.7': 'Andelen ökade. Resultatet baseras på uppföljning.',
      '5.1a': 'Ja, genom projekten.',
    },
    choices: { '5.1a': 'ja' },
  });
  const summary = await start.importWord(docx);
  await expect(summary.getByText('Hittade 30 av 30 frågor.')).toBeVisible();
  await expect(summary.getByText('Alla frågor hittades.')).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await summary.getByRole('button', { name: 'Skapa rapporten' }).click();

  await expect(report.answer('1.1')).toHaveText('Fjolårets viktigaste arbete.');
  await expect(page.getByRole('radio', { name: 'Ja 5.1a' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'uppföljning (2.7)' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Vårt dnr' })).toHaveValue('RUF 2025/123');
  await expect(report.block('5.1a').locator('img')).toBeVisible();
  await report.waitSaved();

  await page.goto('/');
  await start.rollForward('Resultatredovisning av det regionala utvecklingsarbetet 2025 · Region Västmanland', ['2.7']);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resultatredovisning av det regionala utvecklingsarbetet 2026' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Vårt dnr' })).toHaveValue('');
  await expect(report.answer('1.1')).toHaveText('Fjolårets viktigaste arbete.');
  await expect(report.answer('2.7')).toHaveText('');
  const carried = report.answer('1.1').locator('p').first();
  await expect(carried).toHaveClass(/prior-year/);
  await report.type('1.1', ' Uppdaterat i år.');
  await expect(carried).not.toHaveClass(/prior-year/);
  await report.waitSaved();
  await report.reload();
  await expect(report.answer('1.1').locator('p').first()).not.toHaveClass(/prior-year/);
  await expect(report.answer('1.5').locator('p').first()).toHaveClass(/prior-year/);
});

test('a file that is not a Word report gets a clear message and creates nothing', async ({ page }) => {
  const start = new StartPages(page);
  const panel = await start.importWord(new TextEncoder().encode('bara text'), 'anteckningar.docx');
  await expect(page.getByRole('alert')).toHaveText('anteckningar.docx: filen är inget Word-dokument (.docx).');
  await expect(panel.getByRole('button', { name: 'Skapa rapporten' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Det finns inga rapporter på den här datorn än.', { exact: false })).toBeVisible();
});

test('a shortened question in the Word file is named as probable and placed on request; check boxes on lines of their own are the choice', async ({
  page,
}) => {
  const start = new StartPages(page);
  const report = new ReportPage(page);
  const docx = await handWrittenDocx(template, {
    questionStyle: 'bold',
    boxStyle: 'separate-lines',
    answers: { '2.1': 'Svaret på 2.1.', '2.2': 'Svaret på 2.2.' },
    choices: { '5.1b': 'nej' },
    shortened: { '2.2': 0.55 },
  });
  const summary = await start.importWord(docx);
  await expect(summary.getByText('Hittade 29 av 30 frågor.')).toBeVisible();
  const probable = summary.getByRole('list', { name: 'Troliga frågor' });
  await expect(probable).toContainText(/liknar fråga 2\.2 till \d+ %/);
  await probable.getByRole('button', { name: 'Placera som fråga 2.2' }).click();
  await expect(summary.getByText('Hittade 30 av 30 frågor.')).toBeVisible();
  await summary.getByRole('button', { name: 'Skapa rapporten' }).click();
  await expect(report.answer('2.2')).toHaveText('Svaret på 2.2.');
  await expect(report.answer('2.1')).toHaveText('Svaret på 2.1.');
  await expect(page.getByRole('radio', { name: 'Nej 5.1b' })).toBeChecked();
  await expect(report.answer('5.1b')).not.toContainText('Nej');
});
