// Finds the Electron binary, fetching it once if `npm ci` skipped the download
// (ELECTRON_SKIP_BINARY_DOWNLOAD=1). Where it cannot be fetched, says so in one line
// (npm start then serves the web build instead).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function binaryPath() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

/** The path of the Electron binary, or null after printing why there is none. */
export function ensureElectronBinary() {
  const found = binaryPath();
  if (found) return found;
  console.log('Electron är inte installerat än; hämtar det …');
  const install = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
    timeout: 5 * 60_000,
  });
  const fetched = install.status === 0 ? binaryPath() : null;
  if (!fetched) {
    console.error('Electron kunde inte hämtas (ingen internetanslutning?); startar webbversionen i stället.');
  }
  return fetched;
}
