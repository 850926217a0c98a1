import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CoordinatorPage, DepartmentPage } from './pages/ContributionPages';
import { ReportPage } from './pages/ReportPage';

test('assignments go out, contributions come back from two departments and show as received', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const report = new ReportPage(page);
  await report.create('Region Västmanland');
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  for (const department of ['Folkhälsa', 'Kompetensförsörjning']) {
    await coordinator.assign('1.1', department);
    await coordinator.assign('2.3', department);
  }
  await page.getByRole('textbox', { name: 'Samordnare (ditt namn)' }).fill('Anna Samordnare');
  const deadline = page.getByRole('region', { name: 'Uppdrag till Folkhälsa' }).getByLabel('Sista dag');
  await deadline.fill('2026-01-10');
  await deadline.blur();
  const files = {
    Folkhälsa: await coordinator.exportAssignment('Folkhälsa'),
    Kompetensförsörjning: await coordinator.exportAssignment('Kompetensförsörjning'),
  };

  const contributions: string[] = [];
  for (const [department, file] of Object.entries(files)) {
    const profile = await browser.newContext();
    const officer = new DepartmentPage(await profile.newPage());
    await officer.openAssignment(file);
    const workspace = new ReportPage(officer.page);
    await expect(officer.page.getByRole('textbox', { name: /^Svar / })).toHaveCount(2);
    await expect(officer.page.getByText('Anna Samordnare')).toBeVisible();
    const axe = await new AxeBuilder({ page: officer.page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await workspace.type('1.1', `${department}: arbetet med 1.1 har genomförts.`);
    await workspace.type('2.3', `${department}: ytterligare arbete inom 2.3.`);
    await workspace.block('2.3').getByRole('checkbox', { name: 'Klar' }).check();
    await workspace.waitSaved();
    contributions.push(await officer.exportContribution(`Handläggare på ${department}`));
    await expect(officer.page.getByText(/Version 1 av bidraget sparades/)).toBeVisible();
    await profile.close();
  }

  await coordinator.openView('Bidrag');
  await expect(page.getByText('0 av 2 avdelningar har lämnat bidrag')).toBeVisible();
  await coordinator.importFiles(contributions);
  const results = page.getByRole('list', { name: 'Resultat av importen' });
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(results).toContainText('version 1 från Folkhälsa importerades');
  await expect(results).toContainText('version 1 från Kompetensförsörjning importerades');
  await expect(page.getByText('2 av 2 avdelningar har lämnat bidrag')).toBeVisible();
  const tracker = page.getByRole('table').filter({ hasText: 'Framsteg' });
  for (const department of ['Folkhälsa', 'Kompetensförsörjning']) {
    const row = tracker.getByRole('row', { name: new RegExp(department) });
    await expect(row.getByRole('cell', { name: /^mottagen v1/ })).toHaveCount(2);
  }

  await coordinator.importFiles([contributions[0]!]);
  await expect(results).toContainText('var redan importerad');
});

test('the department register: add, rename, and no removal while a department has an assignment', async ({ page }) => {
  const report = new ReportPage(page);
  await report.create();
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await page.getByRole('textbox', { name: 'Ny avdelning' }).fill('Kultur');
  await page.getByRole('button', { name: 'Lägg till avdelning' }).click();
  const name = page.getByRole('textbox', { name: 'Namn på Kultur' });
  await name.fill('Kultur och fritid');
  await name.blur();
  await expect(page.getByRole('textbox', { name: 'Namn på Kultur och fritid' })).toBeVisible();
  await coordinator.assign('6.1', 'Kultur och fritid');
  await page.getByRole('button', { name: 'Ta bort Kultur och fritid' }).click();
  await expect(page.getByText('Kultur och fritid kan inte tas bort')).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort Analys' }).click();
  await expect(page.getByRole('textbox', { name: 'Namn på Analys' })).toHaveCount(0);
});

test('the assignment and contribution views have no serious or critical axe violations', async ({ page }) => {
  const report = new ReportPage(page);
  await report.create();
  const coordinator = new CoordinatorPage(page);
  for (const view of ['Avdelningar och uppdrag', 'Bidrag'] as const) {
    await coordinator.openView(view);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${view}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test('a contact person and an e-mail typed one after the other are both kept: saved as typed, before any blur, and after a reload', async ({
  page,
}) => {
  const report = new ReportPage(page);
  await report.create('Region Gävleborg');
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await page.getByRole('textbox', { name: 'Kontaktperson för Folkhälsa' }).click();
  await page.keyboard.type('Eva Ek', { delay: 40 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('eva.ek@region.se', { delay: 40 });
  const email = page.getByRole('textbox', { name: 'E-post till Folkhälsa' });
  await expect(email).toBeFocused();
  await expect(email).toHaveValue('eva.ek@region.se');
  // Still typing position, no blur: the database has both once the pause has passed.
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('rapportverkstad');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('departments').objectStore('departments').getAll();
            all.onsuccess = () => {
              const folkhalsa = (all.result as { name: string; contactName: string; contactEmail: string }[]).find(
                (d) => d.name === 'Folkhälsa',
              );
              open.result.close();
              resolve(`${folkhalsa?.contactName}|${folkhalsa?.contactEmail}`);
            };
          };
        }),
    );
  await expect.poll(stored).toBe('Eva Ek|eva.ek@region.se');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Kontaktperson för Folkhälsa' })).toHaveValue('Eva Ek');
  await expect(page.getByRole('textbox', { name: 'E-post till Folkhälsa' })).toHaveValue('eva.ek@region.se');
});
