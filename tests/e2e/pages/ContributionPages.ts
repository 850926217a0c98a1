import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';

const keepDir = mkdtempSync(join(tmpdir(), 'rv-e2e-'));

/** Copies a download out of the browser context, which deletes its downloads when it closes. */
async function keep(download: Download): Promise<string> {
  const path = join(keepDir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

/** The coordinator's "Avdelningar och uppdrag" and "Bidrag" views. */
export class CoordinatorPage {
  constructor(readonly page: Page) {}

  async openView(name: 'Dokument' | 'Avdelningar och uppdrag' | 'Bidrag'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Rapportens vyer' })
      .getByRole('link', { name, exact: true })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: name === 'Dokument' ? /Resultatredovisning/ : name }),
    ).toBeVisible();
  }

  async assign(questionId: string, department: string): Promise<void> {
    const box = this.page.getByRole('checkbox', { name: `Tilldela ${questionId} till ${department}` });
    await box.check();
    await expect(box).toBeChecked();
  }

  /** Exports a department's assignment file and returns the downloaded path. */
  async exportAssignment(department: string): Promise<string> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Exportera uppdragsfil för ${department}` }).click();
    return keep(await downloading);
  }

  /** Returns a department's contribution with comments and returns the downloaded path. */
  async returnContribution(department: string, note: string): Promise<string> {
    await this.page.getByRole('textbox', { name: `Meddelande till ${department}` }).fill(note);
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Återsänd med kommentarer' }).click();
    return keep(await downloading);
  }

  /** The tracker row of a department. */
  trackerRow(department: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${department}`) }) });
  }

  /** Downloads what a button saves. */
  async download(button: string): Promise<string> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return keep(await downloading);
  }

  async importFiles(paths: string[]): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Välj bidragsfiler …' }).click();
    await (await choosing).setFiles(paths);
  }
}

/** A department officer's side: open an assignment file, write, export. */
export class DepartmentPage {
  constructor(readonly page: Page) {}

  async openAssignment(path: string): Promise<void> {
    await this.page.goto('/');
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Öppna uppdragsfil' }).click();
    await (await choosing).setFiles(path);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Bidrag från / })).toBeVisible();
  }

  /** Exports the next revision and returns the downloaded path. */
  async exportContribution(author: string): Promise<string> {
    await this.page.getByRole('textbox', { name: 'Ditt namn (författare)' }).fill(author);
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /^Exportera bidrag/ }).click();
    return keep(await downloading);
  }
}
