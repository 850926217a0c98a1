import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const dir = mkdtempSync(join(tmpdir(), 'rv-e2e-start-'));

/** The home screen's ways to start from something that exists: a Word report, or last year's report. */
export class StartPages {
  constructor(readonly page: Page) {}

  /** Imports the .docx bytes through "Importera Word-rapport" and waits for the summary. */
  async importWord(bytes: Uint8Array, name = 'fjolarets-rapport.docx'): Promise<Locator> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    await this.page.goto('/');
    await this.page.getByRole('button', { name: 'Importera Word-rapport' }).click();
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Välj en rapport i Word-format (.docx)' }).click();
    await (await choosing).setFiles(path);
    return this.page.getByRole('region', { name: `Importera ${name}` });
  }

  /** Reads a template .docx through "Ny mall från Word-fil" and returns the review panel. */
  async templateFromWord(bytes: Uint8Array, name: string): Promise<Locator> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    await this.page.goto('/');
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Ny mall från Word-fil' }).click();
    await (await choosing).setFiles(path);
    return this.page.getByRole('region', { name: `Mall läst från ${name}` });
  }

  /** Opens "Ny rapport från föregående år" with the report and template chosen, and returns the form. */
  async rollForwardForm(fromTitle: string, templateName: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Ny rapport från föregående år' }).click();
    const form = this.page.getByRole('form', { name: 'Ny rapport från föregående år' });
    await form.getByLabel('Utgå från').selectOption({ label: fromTitle });
    await form.getByLabel('Mall för det nya året').selectOption({ label: templateName });
    return form;
  }

  async rollForward(fromTitle: string, emptied: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Ny rapport från föregående år' }).click();
    const form = this.page.getByRole('form', { name: 'Ny rapport från föregående år' });
    await form.getByLabel('Utgå från').selectOption({ label: fromTitle });
    for (const id of emptied) await form.getByRole('checkbox', { name: `Ta med svar ${id}`, exact: true }).uncheck();
    await form.getByRole('button', { name: /^Skapa rapporten för \d{4}$/ }).click();
    await expect(this.page.getByRole('textbox', { name: 'Svar 1.1', exact: true })).toBeVisible();
  }
}
