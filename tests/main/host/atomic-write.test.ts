import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/host/atomic-write';

describe('writeFileAtomic', () => {
  it.each([
    ['a new file', false],
    ['over an existing file', true],
  ])('writes %s and leaves no temporary file', async (_name, existing) => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-atomic-'));
    const target = join(dir, 'rapport.rvrapport');
    if (existing) await writeFile(target, 'gammalt');
    await writeFileAtomic(target, new TextEncoder().encode('nytt innehåll'));
    expect(await readFile(target, 'utf8')).toBe('nytt innehåll');
    expect(await readdir(dir)).toEqual(['rapport.rvrapport']);
  });

  it('leaves the old file untouched when the folder does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-atomic-'));
    await expect(writeFileAtomic(join(dir, 'saknas', 'x.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
