// npm run dev: the renderer from Vite's dev server with hot reload, inside Electron.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { ensureElectronBinary } from './electron-binary.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const electron = ensureElectronBinary();
if (!electron) process.exit(1);

const built = spawnSync(process.execPath, ['main/scripts/build.mjs', 'main'], { cwd: repo, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await createServer({ configFile: `${repo}renderer/vite.config.ts` });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
const child = spawn(electron, ['.'], {
  cwd: repo,
  stdio: 'inherit',
  env: { ...process.env, RAPPORTVERKSTAD_DEV_URL: url },
});
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
