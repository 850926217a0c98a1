import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

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
  expect(exposed).toEqual(['appInfo', 'openFile', 'printToPdf', 'saveBytes']);
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});
