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
  ])('%s may: %s', async (file, code) => {
    expect(await rulesHit(file, code)).toEqual([]);
  });
});
