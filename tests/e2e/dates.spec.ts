import { expect, test } from '@playwright/test';
import { ReportPage } from './pages/ReportPage';

/* Dates are typed and shown as ÅÅÅÅ-MM-DD whatever the browser's language. */

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

test('under an English browser, dates are ÅÅÅÅ-MM-DD; a date that is not one is explained and not saved', async ({
  page,
}) => {
  const report = new ReportPage(page);
  await report.create('Region Västmanland');
  const date = page.getByRole('textbox', { name: 'Datum', exact: true }).first();
  await expect(date).toHaveValue('2026-01-21');
  await expect(date).toHaveAttribute('placeholder', 'ÅÅÅÅ-MM-DD');
  await date.fill('2026-02-30');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-21.')).toBeVisible();
  await date.fill('2026-02-27');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await report.answer('1.1').click();
  await report.waitSaved();
  await report.reload();
  await expect(page.getByRole('textbox', { name: 'Datum', exact: true }).first()).toHaveValue('2026-02-27');
});
