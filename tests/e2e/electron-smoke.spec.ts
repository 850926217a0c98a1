import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ipcContract } from '../../shared/ipc/contract';

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as string;
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const reason =
  'Electron-binären är inte installerad (ELECTRON_SKIP_BINARY_DOWNLOAD=1, inget internet); kör npm start på en dator med nät';

// Every test here needs the Electron binary: without it each is skipped, its reason printed.
test.beforeEach(({ browserName: _unused }, testInfo) => {
  if (!binary) console.log(`Hoppar över ”${testInfo.title}”: ${reason}`);
  test.skip(!binary, reason);
});

test('the desktop app opens its window on the home screen', async () => {
  const app = await electron.launch({ executablePath: binary!, args: ['.'] });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeVisible();
  expect(window.url()).toBe('app://rapportverkstad/index.html');
  const exposed = await window.evaluate(() =>
    Object.keys((window as unknown as { rapportverkstad: object }).rapportverkstad).sort(),
  );
  // One named verb per channel of the contract, nothing else.
  expect(exposed).toEqual(Object.keys(ipcContract).sort());
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});

test('the page is served from app:// with the CSP header', async () => {
  const app = await electron.launch({ executablePath: binary!, args: ['.'] });
  const window = await app.firstWindow();
  const csp = await window.evaluate(async () =>
    (await fetch('app://rapportverkstad/index.html')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("default-src 'self'");
  await app.close();
});

test("IT's defaults file is read at start: the organisation is set, locked and marked", async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rv-standard-'));
  const file = join(folder, 'standard.json');
  writeFileSync(
    file,
    JSON.stringify({
      formatVersion: 1,
      organisation: 'Region Västmanland',
      departments: [{ name: 'Analys' }],
      locked: ['organisation'],
    }),
  );
  // A development build may be pointed at another defaults file; a packaged one reads only the machine's.
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, RAPPORTVERKSTAD_STANDARD: file },
  });
  const window = await app.firstWindow();
  await window.getByRole('button', { name: 'Ny rapport', exact: true }).click();
  const organisation = window.getByRole('form', { name: 'Ny rapport' }).getByLabel(/^Organisation/);
  await expect(organisation).toHaveValue('Region Västmanland');
  await expect(organisation).not.toBeEditable();
  await expect(window.getByText('(inställt av IT)')).toBeVisible();
  await app.close();
});

test('a report typed in the desktop app is there after quitting and starting again, and prints to a PDF', async () => {
  const organisation = `Region Test ${Date.now()}`;
  let app = await electron.launch({ executablePath: binary!, args: ['.'] });
  let window = await app.firstWindow();
  await window.getByRole('button', { name: 'Ny rapport', exact: true }).click();
  const form = window.getByRole('form', { name: 'Ny rapport' });
  await form.getByLabel(/^Organisation/).fill(organisation);
  await form.getByRole('button', { name: 'Skapa rapporten' }).click();
  const answer = window.getByRole('textbox', { name: 'Svar 1.1', exact: true });
  await answer.click();
  await window.keyboard.type('Skrivet i skrivbordsappen.');
  await expect(window.getByRole('status').filter({ hasText: /^Sparat/ })).toBeVisible();
  const pdf = await window.evaluate(async () => {
    const api = (
      window as unknown as {
        rapportverkstad: { renderPdf: (r: object) => Promise<{ ok: boolean; value?: { bytes: Uint8Array } }> };
      }
    ).rapportverkstad;
    const reply = await api.renderPdf({});
    return reply.ok && reply.value ? new TextDecoder().decode(reply.value.bytes.slice(0, 5)) : '';
  });
  expect(pdf).toBe('%PDF-');
  await app.close();

  app = await electron.launch({ executablePath: binary!, args: ['.'] });
  window = await app.firstWindow();
  await window
    .getByRole('row', { name: new RegExp(organisation) })
    .getByRole('button')
    .first()
    .click();
  await expect(window.getByRole('textbox', { name: 'Svar 1.1', exact: true })).toHaveText('Skrivet i skrivbordsappen.');
  await app.close();
});
