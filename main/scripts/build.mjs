// Builds the app into out/: the renderer (Vite), the main process and the preload
// (each one CommonJS file; a sandboxed preload cannot load modules of its own).
// Usage: node main/scripts/build.mjs [renderer|main|all]
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function nodeBundle(entry, outDir, fileName) {
  return build({
    root: repo,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rollupOptions: { external: nodeExternals, output: { format: 'cjs', entryFileNames: fileName } },
    },
    ssr: { noExternal: true },
  });
}

const what = process.argv[2] ?? 'all';
if (what === 'renderer' || what === 'all') {
  await build({ configFile: `${repo}renderer/vite.config.ts`, logLevel: 'warn' });
}
if (what === 'main' || what === 'all') {
  await nodeBundle('main/main.ts', 'out/main', 'main.cjs');
  await nodeBundle('main/preload/preload.ts', 'out/preload', 'preload.cjs');
}
console.log(`Byggt: ${what} → out/`);
