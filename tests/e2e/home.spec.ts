import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';

const SECTIONS = [
  '1. Likvärdiga möjligheter till boende, arbete och välfärd',
  '2. Kompetensförsörjning och kompetensutveckling',
  '3. Innovation och förnyelse samt entreprenörskap och företagande',
  '4. Tillgänglighet genom digital kommunikation och transportsystemet',
  '5. Anslag 1:1 Regionala utvecklingsåtgärder',
  '6. Analys, uppföljning och utvärdering',
];

test.describe('home screen', () => {
  let home: HomePage;
  const errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors.length = 0;
    home = new HomePage(page);
    await home.open(errors);
  });

  test('lists the 2025 template and shows its six sections in Swedish', async () => {
    await expect(home.page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(home.template(/Resultatredovisning av det regionala utvecklingsarbetet 2025/)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(home.template(/6 avsnitt, 30 svarsfält/)).toBeVisible();
    await expect(home.sectionHeadings()).toHaveText(SECTIONS);
    await expect(home.question('2.3')).toContainText('Beskriv hur ytterligare strategiskt viktigt arbete');
    await expect(home.question('5.1a')).toContainText('Ja/Nej');
    await expect(home.question('1.4').locator('sup').first()).toHaveText('1');
    expect(errors).toEqual([]);
  });

  test('runs under the Content-Security-Policy from the build', async ({ page }) => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ran: 'inlineRan' in window || '__inlineRan' in window, violations };
    });
    expect(outcome).toEqual({ ran: false, violations: ['script-src-elem'] });
    errors.length = 0;
  });

  test('shows which host it runs on', async ({ page }) => {
    await expect(page.getByRole('contentinfo')).toContainText(/Rapportverkstad \d+\.\d+\.\d+ \(web /);
  });

  test('can be used by keyboard: skip link, first action, language', async ({ page }) => {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ny rapport', exact: true })).toBeFocused();
    await home.languageSelect.focus();
    await home.languageSelect.selectOption('en');
    await expect(page.getByRole('heading', { level: 2, name: 'Templates' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Templates' })).toBeVisible();
  });

  test('has no serious or critical axe violations', async ({ page }) => {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
