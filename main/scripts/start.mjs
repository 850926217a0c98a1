// npm start: the desktop app in Electron; where Electron cannot be had (no binary, no
// internet to fetch it), or with `npm start -- --web`, the web build served on 127.0.0.1
// instead, until Ctrl+C. Says in one line which of the two is running.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary } from './electron-binary.mjs';
import { serveWeb } from './serve-web.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Opens the address in the default browser where there is one; quietly nothing otherwise. */
function openBrowser(url) {
  if (process.env.RV_NO_BROWSER) return;
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open: the address printed above is enough.
  }
}

const electron = process.argv.includes('--web') ? null : ensureElectronBinary();
const built = spawnSync(process.execPath, ['main/scripts/build.mjs', electron ? 'all' : 'renderer'], {
  cwd: repo,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) process.exit(built.status ?? 1);

if (electron) {
  console.log('Rapportverkstad startar som skrivbordsapp (Electron).');
  const child = spawn(electron, ['.'], { cwd: repo, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const { url } = await serveWeb(`${repo}out/renderer`);
  console.log(
    `Rapportverkstad körs som webbversion på ${url} (${process.argv.includes('--web') ? 'som begärt' : 'Electron saknas'}) – Ctrl+C avslutar.`,
  );
  openBrowser(url);
}
