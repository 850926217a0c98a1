import { expect, test, type Browser } from '@playwright/test';
import { CoordinatorPage, DepartmentPage } from './pages/ContributionPages';
import { ReportPage } from './pages/ReportPage';

/** A department officer on their own profile: writes revision 1 of 4.4, then revision 2 after `revise`. */
async function departmentWrites(
  browser: Browser,
  assignment: string,
  first: string[],
  revise: (page: ReportPage) => Promise<void>,
) {
  const profile = await browser.newContext();
  const officer = new DepartmentPage(await profile.newPage());
  await officer.openAssignment(assignment);
  const workspace = new ReportPage(officer.page);
  await workspace.answer('4.4').click();
  await officer.page.keyboard.type(first.join('\n'));
  await workspace.waitSaved();
  const v1 = await officer.exportContribution('Handläggare');
  await revise(workspace);
  await workspace.waitSaved();
  const v2 = await officer.exportContribution('Handläggare');
  await profile.close();
  return [v1, v2] as const;
}

test('two departments merged into 4.4, a coordinator edit, revision 2 from both, one conflict resolved, origins shown', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const report = new ReportPage(page);
  await report.create('Region Västmanland');
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await coordinator.assign('4.4', 'Digital infrastruktur');
  await coordinator.assign('4.4', 'Infrastruktur');
  const digitalAssignment = await coordinator.exportAssignment('Digital infrastruktur');
  const transportAssignment = await coordinator.exportAssignment('Infrastruktur');

  const digital = await departmentWrites(
    browser,
    digitalAssignment,
    ['DI stycke ett.', 'DI stycke två.'],
    async (w) => {
      await w.answer('4.4').getByText('DI stycke ett.').click();
      await w.page.keyboard.press('End');
      await w.page.keyboard.type(' Avdelningens revidering.');
    },
  );
  const transport = await departmentWrites(
    browser,
    transportAssignment,
    ['IN stycke ett.', 'IN stycke två.'],
    async (w) => {
      await w.answer('4.4').click();
      await w.page.keyboard.press('Control+End');
      await w.page.keyboard.press('Enter');
      await w.page.keyboard.type('IN stycke tre.');
    },
  );

  await coordinator.openView('Bidrag');
  await coordinator.importFiles([digital[0], transport[0]]);
  await expect(page.getByText('2 av 2 avdelningar har lämnat bidrag')).toBeVisible();

  await coordinator.openView('Dokument');
  await report.block('4.4').getByRole('button', { name: 'Bidrag (2)' }).click();
  const panel = page.getByRole('complementary', { name: 'Bidrag till svar 4.4' });
  const insert = async (department: string, heading: string) => {
    const section = panel.getByRole('region', { name: new RegExp(`^${department}, version`) });
    await section.getByLabel('Underrubrik (valfri)').fill(heading);
    await section.getByRole('button', { name: `Infoga hela bidraget från ${department}` }).click();
  };
  await insert('Infrastruktur', 'Prestationer – Transportsystemet');
  await insert('Digital infrastruktur', 'Prestationer – Digital kommunikation');
  const answer = report.answer('4.4');
  // Departments' parts follow the register's order (Digital infrastruktur before Infrastruktur), whichever was inserted first.
  await expect(answer.locator('h4')).toHaveText([
    'Prestationer – Digital kommunikation',
    'Prestationer – Transportsystemet',
  ]);
  await expect(answer.locator('p')).toHaveText([
    'DI stycke ett.',
    'DI stycke två.',
    'IN stycke ett.',
    'IN stycke två.',
  ]);

  await answer.getByText('DI stycke ett.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Samordnarens tillägg.');
  await report.waitSaved();

  await coordinator.openView('Bidrag');
  await coordinator.importFiles([digital[1], transport[1]]);
  await expect(page.getByRole('list', { name: 'Resultat av importen' })).toContainText(
    'version 2 från Digital infrastruktur importerades',
  );
  await coordinator.openView('Dokument');
  await report.block('4.4').getByRole('button', { name: 'Bidrag (2)' }).click();
  for (const department of ['Digital infrastruktur', 'Infrastruktur']) {
    const section = panel.getByRole('region', { name: new RegExp(`^${department}, version 2`) });
    await section.getByRole('button', { name: 'Visa vad uppdateringen ändrar' }).click();
    await expect(section.getByRole('status')).toContainText(department === 'Infrastruktur' ? '1 nytt' : '1 konflikt');
    // The words that change are shown before the update is accepted.
    await expect(section.getByRole('listitem').locator('ins').first()).toContainText(
      department === 'Infrastruktur' ? 'IN stycke tre.' : 'Avdelningens revidering',
    );
    await section.getByRole('button', { name: 'Godkänn uppdateringen' }).click();
  }

  const conflicts = answer.getByRole('group', { name: /^Konflikt med/ });
  await expect(conflicts).toHaveCount(1);
  await expect(
    page.getByRole('navigation', { name: 'Rapportens innehåll' }).getByRole('link', { name: /^4\.4/ }),
  ).toContainText('1 konflikt');
  await expect(conflicts).toContainText('DI stycke ett. Samordnarens tillägg.');
  await expect(conflicts).toContainText('DI stycke ett. Avdelningens revidering.');
  await expect(answer.locator('p').filter({ hasText: 'IN stycke tre.' })).toHaveCount(1);
  await expect(report.block('4.4').getByRole('checkbox', { name: 'Klar' })).toBeDisabled();

  await conflicts.getByRole('button', { name: 'Ta deras' }).click();
  await expect(conflicts).toHaveCount(0);
  await expect(answer.getByText('DI stycke ett. Avdelningens revidering.')).toBeVisible();
  await expect(report.block('4.4').getByRole('checkbox', { name: 'Klar' })).toBeEnabled();

  await page.getByRole('button', { name: 'Visa ursprung' }).click();
  await expect(page.getByRole('button', { name: 'Visa ursprung' })).toHaveAttribute('aria-pressed', 'true');
  const legend = page.getByRole('list', { name: 'Förklaring: avdelningarnas färger' });
  await expect(legend).toContainText('Digital infrastruktur');
  await expect(legend).toContainText('Utan färg: samordnarens egen text');
  await expect(answer.locator('[data-origin="Digital infrastruktur"]').first()).toBeVisible();
  // The name shows over the block, not only in a tooltip.
  expect(
    await answer
      .locator('[data-origin="Digital infrastruktur"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content),
  ).toBe('"Digital infrastruktur"');
  await expect(answer.locator('p[data-origin="Infrastruktur"]').first()).toHaveAttribute(
    'title',
    /^Från Infrastruktur, version 2/,
  );
  await report.waitSaved();
  await report.reload();
  await expect(report.answer('4.4').getByText('DI stycke ett. Avdelningens revidering.')).toBeVisible();
});

test('"Sammanfoga alla" shows every waiting merge first, merges them and is undone in one step', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const report = new ReportPage(page);
  await report.create('Region Dalarna');
  const coordinator = new CoordinatorPage(page);
  await coordinator.openView('Avdelningar och uppdrag');
  await coordinator.assign('4.4', 'Digital infrastruktur');
  await coordinator.assign('4.4', 'Infrastruktur');
  const [digital] = await departmentWrites(
    browser,
    await coordinator.exportAssignment('Digital infrastruktur'),
    ['DI ett.'],
    async () => {},
  );
  const [transport] = await departmentWrites(
    browser,
    await coordinator.exportAssignment('Infrastruktur'),
    ['IN ett.'],
    async () => {},
  );
  await coordinator.openView('Bidrag');
  await coordinator.importFiles([digital, transport]);
  await coordinator.openView('Dokument');
  const nav = page.getByRole('navigation', { name: 'Rapportens innehåll' });
  await expect(nav.getByRole('link', { name: /^4\.4/ })).toContainText('2 bidrag väntar');
  // An answer ticked done before a merge changes it is not done any more.
  await report.type('4.4', 'Samordnarens inledning.');
  await report.block('4.4').getByRole('checkbox', { name: 'Klar' }).check();
  await report.waitSaved();

  await page.getByRole('button', { name: 'Sammanfoga alla' }).click();
  const panel = page.getByRole('complementary', { name: 'Sammanfoga alla väntande bidrag' });
  await expect(panel.getByRole('region')).toHaveCount(2);
  await expect(panel.getByRole('region', { name: /^4\.4 · Infrastruktur version 1/ }).locator('ins')).toContainText(
    'IN ett.',
  );
  await panel.getByRole('button', { name: 'Sammanfoga 2 bidrag' }).click();
  const answer = report.answer('4.4');
  await expect(answer.locator('p')).toHaveText(['Samordnarens inledning.', 'DI ett.', 'IN ett.']);
  await expect(report.block('4.4').getByRole('checkbox', { name: 'Klar' })).not.toBeChecked();
  await expect(nav.getByRole('link', { name: /^4\.4/ })).not.toContainText('väntar');
  await report.waitSaved();

  await page.locator('.notices').getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByText('Sammanfogningen ångrades i alla frågor.')).toBeVisible();
  await expect(answer.getByText('DI ett.')).toHaveCount(0);
  await expect(report.block('4.4').getByRole('checkbox', { name: 'Klar' })).toBeChecked();
  await report.waitSaved();
  await report.reload();
  await expect(report.answer('4.4').getByText('IN ett.')).toHaveCount(0);
  // Nothing is merged any more, so everything waits again.
  await page.getByRole('button', { name: 'Sammanfoga alla' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Sammanfoga alla väntande bidrag' }).getByRole('region'),
  ).toHaveCount(2);
});
