import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The folders of shared/ and renderer/ import each other in one direction only: the
 * graph of which folder imports which has no loop. (The order within renderer/ is
 * also fixed by the lint rule; this catches a loop in shared/ too, and names it.)
 */

const repo = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

function sources(dir: string): string[] {
  return readdirSync(join(repo, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(repo, join(e.parentPath, e.name)));
}

/** "shared/docx/export/x.ts" → "shared/docx"; "renderer/App.tsx" → "renderer". */
const folderOf = (path: string) =>
  path
    .split('/')
    .slice(0, Math.min(2, path.split('/').length - 1))
    .join('/');

function graph(layer: string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sources(layer)) {
    const from = folderOf(file);
    for (const match of readFileSync(join(repo, file), 'utf8').matchAll(IMPORT)) {
      const to = folderOf(`${normalize(join(dirname(file), match[1]!))}.ts`);
      if (to === from || !to.startsWith(`${layer}/`) || from === layer) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

function findLoop(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const loop = visit(next);
      if (loop) return loop;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const loop = visit(node);
    if (loop) return loop;
  }
  return null;
}

describe('folder imports', () => {
  it.each(['shared', 'renderer'])('%s: no folder imports one that imports it back, however far round', (layer) => {
    expect(findLoop(graph(layer))).toBeNull();
  });

  it('finds a loop when there is one', () => {
    const edges = new Map([
      ['shared/a', new Set(['shared/b'])],
      ['shared/b', new Set(['shared/c'])],
      ['shared/c', new Set(['shared/a'])],
    ]);
    expect(findLoop(edges)).toEqual(['shared/a', 'shared/b', 'shared/c', 'shared/a']);
  });
});
