import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

const keepDir = mkdtempSync(join(tmpdir(), 'rv-e2e-final-'));

/** Opening a report file from the home screen, and the report's "Slutdokument" view. */
export class FinalPage {
  constructor(readonly page: Page) {}

  /** Writes the bytes to a .rvrapport file, opens it from the home screen and goes into the report. */
  async openReportFile(bytes: Uint8Array, title: string): Promise<void> {
    const path = join(keepDir, `${Date.now()}.rvrapport`);
    writeFileSync(path, bytes);
    await this.page.goto('/');
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Öppna rapportfil' }).click();
    await (await choosing).setFiles(path);
    await this.page.getByRole('button', { name: title, exact: true }).click();
  }

  async openView(name: 'Dokument' | 'Slutdokument'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Rapportens vyer' })
      .getByRole('link', { name, exact: true })
      .click();
  }

  review(): Locator {
    return this.page.getByRole('region', { name: 'Granska' });
  }

  summary(): Locator {
    return this.page.locator('.preflight-summary');
  }

  /** What the export section says of the PDF's pages (drawn in the background while the view is open). */
  pdfStatus(): Locator {
    return this.page.getByRole('region', { name: 'Exportera' }).getByRole('status').filter({ hasText: 'PDF' });
  }

  /** Waits until the PDF's pages are drawn and returns how many there are. */
  async pdfPagesDrawn(): Promise<number> {
    await expect(this.pdfStatus()).toHaveText(/^PDF:en blir \d+ sid(a|or)$/, { timeout: 30_000 });
    return Number((await this.pdfStatus().textContent())!.match(/\d+/)![0]);
  }

  finding(text: string | RegExp): Locator {
    return this.review().getByRole('button', { name: text });
  }

  /** Signs with the form as filled and returns the saved files' paths by name. */
  async sign(expectedFiles: number): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    const all: Promise<void>[] = [];
    const onDownload = (download: Download) => {
      const path = join(keepDir, download.suggestedFilename());
      files.set(download.suggestedFilename(), path);
      all.push(download.saveAs(path));
    };
    this.page.on('download', onDownload);
    await this.page.getByRole('button', { name: 'Signera rapporten' }).click();
    await this.page
      .getByRole('alertdialog', { name: 'Bekräfta signeringen' })
      .getByRole('button', { name: 'Signera nu' })
      .click();
    await expect.poll(() => files.size, { timeout: 20_000 }).toBe(expectedFiles);
    await Promise.all(all);
    this.page.off('download', onDownload);
    return files;
  }
}
