import type { Locator, Page } from '@playwright/test';

/** The home screen: the template list and the chosen template's outline. */
export class HomePage {
  readonly templateList: Locator;
  readonly outline: Locator;
  readonly languageSelect: Locator;

  constructor(readonly page: Page) {
    this.templateList = page.getByRole('region', { name: /^(Mallar|Templates)$/ });
    this.outline = page.getByRole('article', { name: /Mallens avsnitt|Sections and questions/ });
    this.languageSelect = page.getByRole('combobox', { name: /Språk|Language/ });
  }

  /** Opens the app and collects console errors (CSP violations among them) into `errors`. */
  async open(errors: string[] = []): Promise<void> {
    this.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    this.page.on('pageerror', (error) => errors.push(error.message));
    await this.page.goto('/');
    await this.templateList.waitFor();
  }

  template(name: string | RegExp): Locator {
    return this.templateList.getByRole('button', { name });
  }

  sectionHeadings(): Locator {
    return this.outline.getByRole('heading', { level: 3 }).filter({ hasText: /^\d\. / });
  }

  question(id: string): Locator {
    return this.outline.locator(`[id="fraga-${id}"]`);
  }
}
