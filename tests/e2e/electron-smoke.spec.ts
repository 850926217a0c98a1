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

test('the desktop app opens its window on the home screen', async () => {
  if (!binary) console.log(`Hoppar över Electron-röktestet: ${reason}`);
  test.skip(!binary, reason);
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
  test.skip(!binary, reason);
  const app = await electron.launch({ executablePath: binary!, args: ['.'] });
  const window = await app.firstWindow();
  const csp = await window.evaluate(async () =>
    (await fetch('app://rapportverkstad/index.html')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("default-src 'self'");
  await app.close();
});

test("IT's defaults file is read at start: the organisation is set, locked and marked", async () => {
  test.skip(!binary, reason);
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
