// npm start: build the app, then launch it in Electron.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary } from './electron-binary.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const electron = ensureElectronBinary();
if (!electron) process.exit(1);

const built = spawnSync(process.execPath, ['main/scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const child = spawn(electron, ['.'], { cwd: repo, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
