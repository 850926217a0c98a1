import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: repo });

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repo}${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/x.ts', "import React from 'react';\nexport const a = React;"],
    ['shared/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;"],
    ['shared/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;"],
    ['renderer/x.ts', "import { shell } from 'electron';\nexport const a = shell;"],
    ['renderer/x.ts', "import { join } from 'node:path';\nexport const a = join;"],
    ['main/x.ts', "import React from 'react';\nexport const a = React;"],
    ['main/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;"],
    ['main/app/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"],
    ['main/preload/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    [
      'renderer/editor/x.ts',
      "import { DocumentView } from '../document/DocumentView';\nexport const a = DocumentView;",
    ],
    [
      'renderer/editor/nodes/x.ts',
      "import { ReportScreen } from '../../report/ReportScreen';\nexport const a = ReportScreen;",
    ],
    ['renderer/db/x.ts', "import { appDeps } from '../app/deps';\nexport const a = appDeps;"],
    ['renderer/review/x.ts', "import { useSearch } from '../search/use-search';\nexport const a = useSearch;"],
    [
      'renderer/document/x.ts',
      "import { ContributionsView } from '../contributions/ContributionsView';\nexport const a = ContributionsView;",
    ],
  ])('%s may not: %s', async (file, code) => {
    expect(await rulesHit(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['shared/x.ts', 'export const a = document.title;'],
    ['shared/x.ts', 'export const a = window.location;'],
    ['shared/x.ts', 'export const a = indexedDB;'],
  ])('%s may not touch DOM globals: %s', async (file, code) => {
    expect(await rulesHit(file, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z.string();"],
    ['renderer/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;"],
    ['main/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['main/ipc/ipc-main.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"],
    ['main/preload/ipc-renderer.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    [
      'renderer/document/x.ts',
      "import { AnswerEditor } from '../editor/AnswerEditor';\nexport const a = AnswerEditor;",
    ],
    [
      'renderer/report/x.ts',
      "import { DocumentView } from '../document/DocumentView';\nexport const a = DocumentView;",
    ],
    ['renderer/editor/nodes/x.ts', "import { appDeps } from '../../app/deps';\nexport const a = appDeps;"],
  ])('%s may: %s', async (file, code) => {
    expect(await rulesHit(file, code)).toEqual([]);
  });
});

describe('the renderer folder order', () => {
  it('ranks every renderer folder that holds code', () => {
    const config = readFileSync(`${repo}eslint.config.js`, 'utf8');
    const ranks = config.slice(
      config.indexOf('const RENDERER_RANKS'),
      config.indexOf('};', config.indexOf('const RENDERER_RANKS')),
    );
    const folders = readdirSync(`${repo}renderer`, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() &&
          readdirSync(`${repo}renderer/${entry.name}`, { recursive: true }).some((f) => /\.tsx?$/.test(String(f))),
      )
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !new RegExp(`^  ${folder}: \\d+,$`, 'm').test(ranks))).toEqual([]);
  });
});
