// Lint: typescript-eslint's recommended rules plus the layer rules of DESIGN.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = ['electron', 'react', 'react-dom', 'react-dom/*', 'dexie', 'node:*', 'fs', 'path', 'os', 'child_process'];
const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw IPC only in main/ipc/ipc-main.ts and main/preload/ipc-renderer.ts; use their wrappers.',
};

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: platformModules, message: 'shared/ is the pure domain: no platform modules.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process', '../main/*', '../../main/*'], message: 'The renderer reaches the platform only through the WorkbenchHost.' }] },
      ],
    },
  },
  {
    files: ['main/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [rawIpc],
          patterns: [{ group: ['react', 'react-dom', 'react-dom/*', 'dexie', '**/renderer/*'], message: 'main/ has no React or Dexie.' }],
        },
      ],
    },
  },
  {
    files: ['main/ipc/ipc-main.ts', 'main/preload/ipc-renderer.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'dexie'], message: 'main/ has no React or Dexie.' }] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', '*.config.{ts,js}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
