import { expect, type Locator, type Page } from '@playwright/test';

/** Creating a report from the home screen, and the report's document view. */
export class ReportPage {
  constructor(readonly page: Page) {}

  /** Opens the app on an empty profile and creates a 2025 report. */
  async create(organisation = 'Region Västmanland'): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('button', { name: 'Ny rapport', exact: true }).click();
    await this.page.getByLabel('Organisation').fill(organisation);
    await this.page.getByLabel('Vårt dnr').fill('RUF 2025/123');
    await this.page.getByLabel('Datum').fill('2026-01-21');
    await this.page.getByRole('button', { name: 'Skapa rapporten' }).click();
    await expect(this.answer('1.1')).toBeVisible();
  }

  answer(id: string): Locator {
    return this.page.getByRole('textbox', { name: `Svar ${id}`, exact: true });
  }

  block(id: string): Locator {
    return this.page.locator(`[id="svar-${id}"]`);
  }

  toolbarButton(id: string, name: string): Locator {
    return this.page.getByRole('toolbar', { name: `Formatering, Svar ${id}` }).getByRole('button', { name });
  }

  saveIndicator(): Locator {
    return this.page.locator('.save-indicator');
  }

  /** Waits until autosave reports everything written. */
  async waitSaved(): Promise<void> {
    await expect(this.saveIndicator()).toHaveText(/^Sparat/, { timeout: 10_000 });
  }

  /** Types into an answer at its end. */
  async type(id: string, text: string): Promise<void> {
    await this.answer(id).click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /** Pastes into the focused element as a browser would: clipboard HTML (when given) and plain text. */
  async paste(clipboard: { html?: string; text: string }): Promise<void> {
    await this.page.evaluate(({ html, text }) => {
      const data = new DataTransfer();
      if (html !== undefined) data.setData('text/html', html);
      data.setData('text/plain', text);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, clipboard);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.answer('1.1')).toBeVisible();
  }
}
