import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP_META } from '../main/security/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Writes the Content-Security-Policy into the built index.html (not in dev: React refresh needs inline code). */
function cspMeta(): Plugin {
  return {
    name: 'rapportverkstad-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMeta()],
  // Paged.js's base stylesheet, which its package does not export: the preview adopts it as a
  // constructable stylesheet instead of the <style> element Paged.js would insert (the CSP forbids those).
  resolve: {
    alias: {
      'pagedjs-base-styles': fileURLToPath(new URL('../node_modules/pagedjs/src/polisher/base.js', import.meta.url)),
    },
  },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // The backup worker is a module worker (new Worker(..., { type: 'module' })).
  worker: { format: 'es', rolldownOptions: { checks: { bundlerTimings: false } } },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // A desktop app loads from disk: one bundle is fine.
    chunkSizeWarningLimit: 2_000,
    // Rolldown's advice on slow plugins comes whenever the machine is busy (the build is then
    // slow, not its plugins), and broke `npm start`'s one line on stderr.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1' },
});
