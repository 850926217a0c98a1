import { expect, test } from '@playwright/test';
import { ReportPage } from './pages/ReportPage';

test.describe('reports on the home screen', () => {
  test('rename, copy, delete with undo, restore from the trash and delete for good', async ({ page }) => {
    const report = new ReportPage(page);
    await report.create('Region Västmanland');
    await report.type('1.1', 'Text som ska följa med kopian.');
    await report.waitSaved();
    await page
      .getByRole('button', { name: /Rapporter/ })
      .first()
      .click();
    const table = page.getByRole('table', { name: 'Rapporter' });
    const title = 'Resultatredovisning av det regionala utvecklingsarbetet 2025';
    await expect(table.getByRole('row')).toHaveCount(2);

    await table.getByRole('button', { name: `Byt namn på ${title}` }).click();
    await page.getByRole('textbox', { name: `Byt namn på ${title}` }).fill('Årsrapport 2025');
    await page.keyboard.press('Enter');
    await expect(table.getByRole('button', { name: 'Årsrapport 2025', exact: true })).toBeVisible();

    await table.getByRole('button', { name: 'Kopiera Årsrapport 2025' }).click();
    await expect(table.getByRole('button', { name: 'Årsrapport 2025 (kopia)', exact: true })).toBeVisible();
    await table.getByRole('button', { name: 'Årsrapport 2025 (kopia)', exact: true }).click();
    await expect(report.answer('1.1')).toHaveText('Text som ska följa med kopian.');
    await page
      .getByRole('button', { name: /Rapporter/ })
      .first()
      .click();

    await table.getByRole('button', { name: 'Ta bort Årsrapport 2025 (kopia)' }).click();
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByRole('status').getByRole('button', { name: 'Ångra' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);

    await table.getByRole('button', { name: 'Ta bort Årsrapport 2025 (kopia)' }).click();
    await page.getByText('Papperskorgen (1)').click();
    await page.getByRole('button', { name: 'Återställ', exact: true }).click();
    await expect(table.getByRole('row')).toHaveCount(3);

    await table.getByRole('button', { name: 'Ta bort Årsrapport 2025 (kopia)' }).click();
    await page.getByRole('button', { name: 'Radera för gott' }).click();
    await page.getByRole('button', { name: 'Ja, radera' }).click();
    await expect(page.getByText('Papperskorgen (0)')).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
  });

  test('a backup file round-trips into an empty profile with every answer equal', async ({ page, browser }) => {
    const report = new ReportPage(page);
    await report.create('Region Västmanland');
    const texts: Record<string, string> = {
      '1.1': 'Folkhälsoarbetet har genomförts i alla kommuner.',
      '2.3': 'Kompetensplattformen.',
      '6.3': 'Territoriella perspektiv i analysen.',
    };
    for (const [id, text] of Object.entries(texts)) await report.type(id, text);
    await page.getByRole('radio', { name: 'Nej 5.1c' }).check();
    await report.answer('4.4').click();
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('punkt');
    await report.waitSaved();
    const before = await page
      .getByRole('textbox', { name: /^Svar / })
      .evaluateAll((editors) => editors.map((e) => e.innerHTML));

    await page
      .getByRole('button', { name: /Rapporter/ })
      .first()
      .click();
    const warnings: string[] = [];
    page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
    const backupWorker = page.waitForEvent('worker');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rapportverkstad-\d{4}-\d{2}-\d{2}\.rvbackup$/);
    // Made in its worker (typing never waits for a backup), not on the page's thread after the worker failed.
    expect((await backupWorker).url()).toMatch(/backup-worker/);
    expect(warnings.filter((w) => w.includes('utan worker'))).toEqual([]);
    const file = await download.path();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/');
    await expect(other.getByText('Det finns inga rapporter')).toBeVisible();
    const choosing = other.waitForEvent('filechooser');
    await other.getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
    await (await choosing).setFiles(file);
    await expect(other.getByRole('status').filter({ hasText: 'säkerhetskopian' })).toContainText(
      '1 rapporter i säkerhetskopian lästes',
    );
    await expect(other.getByRole('list', { name: 'Vad återställningen gjorde' })).toContainText('lades till.');
    await other
      .getByRole('button', { name: 'Resultatredovisning av det regionala utvecklingsarbetet 2025', exact: true })
      .click();
    const restored = new ReportPage(other);
    await expect(restored.answer('1.1')).toHaveText(texts['1.1']!);
    const after = await other
      .getByRole('textbox', { name: /^Svar / })
      .evaluateAll((editors) => editors.map((e) => e.innerHTML));
    expect(after).toEqual(before);
    await expect(other.getByRole('radio', { name: 'Nej 5.1c' })).toBeChecked();
    await fresh.close();
  });

  test('restoring a backup over newer work asks per report, and the computer’s version is kept in the trash', async ({
    page,
  }) => {
    const report = new ReportPage(page);
    await report.create('Region Dalarna');
    await report.type('1.2', 'Text i säkerhetskopian.');
    await report.waitSaved();
    await page
      .getByRole('button', { name: /Rapporter/ })
      .first()
      .click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara säkerhetskopia' }).click();
    const file = await (await downloading).path();
    await page
      .getByRole('button', { name: 'Resultatredovisning av det regionala utvecklingsarbetet 2025', exact: true })
      .click();
    await report.type('1.2', ' Skrivet efter säkerhetskopian.');
    await report.waitSaved();
    await page
      .getByRole('button', { name: /Rapporter/ })
      .first()
      .click();

    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
    await (await choosing).setFiles(file);
    const plan = page.getByRole('form', { name: /^Återställ från/ });
    await expect(plan).toContainText('ändrad på datorn efter säkerhetskopian');
    await expect(plan.getByRole('radio', { name: 'Behåll datorns' })).toBeChecked();
    await plan.getByRole('radio', { name: /^Ta säkerhetskopians/ }).check();
    await plan.getByRole('button', { name: 'Återställ' }).click();
    await expect(page.getByRole('list', { name: 'Vad återställningen gjorde' })).toContainText(
      'ersattes av säkerhetskopians; datorns version finns i papperskorgen.',
    );

    await page
      .getByRole('button', { name: 'Resultatredovisning av det regionala utvecklingsarbetet 2025', exact: true })
      .click();
    await expect(report.answer('1.2')).toHaveText('Text i säkerhetskopian.');
    await page
      .getByRole('button', { name: /Rapporter/ })
      .first()
      .click();
    await page.getByText('Papperskorgen (1)').click();
    await expect(page.getByRole('listitem').filter({ hasText: 'datorns version före återställningen' })).toHaveCount(1);
  });

  test('a damaged backup is refused with the file name and nothing changes', async ({ page }) => {
    await page.goto('/');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
    await (
      await choosing
    ).setFiles({
      name: 'trasig.rvbackup',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"rapportverkstad-backup",'),
    });
    await expect(page.getByRole('alert')).toHaveText(/^trasig\.rvbackup: filen är inte giltig JSON/);
    await expect(page.getByText('Det finns inga rapporter')).toBeVisible();
  });
});

test('a report file (.rvrapport) carries a report to another profile', async ({ page, browser }) => {
  const report = new ReportPage(page);
  await report.create('Region Västmanland');
  await report.type('2.3', 'Text som reser i en rapportfil.');
  await report.waitSaved();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara rapportfil' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('region-vastmanland-2025.rvrapport');
  const path = `${await download.path()}.kopia`;
  await download.saveAs(path);
  const other = await (await browser.newContext()).newPage();
  await other.goto('/');
  const choosing = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Öppna rapportfil' }).click();
  await (await choosing).setFiles(path);
  await other
    .getByRole('button', { name: 'Resultatredovisning av det regionala utvecklingsarbetet 2025', exact: true })
    .click();
  await expect(new ReportPage(other).answer('2.3')).toHaveText('Text som reser i en rapportfil.');
});
