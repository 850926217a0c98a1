// Lint: typescript-eslint's recommended rules plus the layer rules of DESIGN.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = [
  'electron',
  'react',
  'react-dom',
  'react-dom/*',
  'dexie',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
];
const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw IPC only in main/ipc/ipc-main.ts and main/preload/ipc-renderer.ts; use their wrappers.',
};

/*
 * The renderer's folders, lowest first. A folder imports only from folders of a lower
 * rank (and from shared/): screens depend downward on the document engine and the
 * other wings, those on the editor, the editor on the app's helpers, those on the
 * store, the store on the host. Folders of the same rank do not import each other.
 */
const RENDERER_RANKS = {
  host: 1,
  i18n: 1,
  db: 2,
  components: 3,
  app: 4,
  templates: 5,
  editor: 6,
  compare: 7,
  review: 7,
  search: 7,
  document: 8,
  final: 8,
  contributions: 9,
  report: 10,
  home: 10,
};

/** One lint block per renderer folder forbidding imports from its own rank and above. */
function rendererOrder() {
  return Object.entries(RENDERER_RANKS).map(([folder, rank]) => {
    const above = Object.entries(RENDERER_RANKS)
      .filter(([other, r]) => other !== folder && r >= rank)
      .map(([other]) => other);
    // From renderer/<folder>/ a sibling is '../x'; from a subfolder '../../x'.
    const group = above.flatMap((other) => [`../${other}`, `../${other}/*`, `../../${other}/*`, `../../../${other}/*`]);
    return {
      files: [`renderer/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process', '../main/*', '../../main/*'],
                message: 'The renderer reaches the platform only through the WorkbenchHost.',
              },
              {
                group,
                message: `renderer/${folder} imports only from folders below it (see RENDERER_RANKS in eslint.config.js and ARCHITECTURE in the README).`,
              },
            ],
          },
        ],
      },
    };
  });
}

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
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
        'process',
        'Buffer',
      ],
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
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process', '../main/*', '../../main/*'],
              message: 'The renderer reaches the platform only through the WorkbenchHost.',
            },
          ],
        },
      ],
    },
  },
  ...rendererOrder(),
  {
    files: ['main/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [rawIpc],
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'dexie', '**/renderer/*'],
              message: 'main/ has no React or Dexie.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/ipc/ipc-main.ts', 'main/preload/ipc-renderer.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'dexie'], message: 'main/ has no React or Dexie.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', '*.config.{ts,js}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
