import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Inbox } from '../../../main/host/inbox';

let inbox: Inbox | undefined;
afterEach(() => inbox?.close());

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rv-inkorg-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  await mkdir(join(dir, 'undermapp.rvbidrag'));
  return dir;
}

describe('Inbox', () => {
  it('lists only .rvbidrag files directly in the chosen folder, and remembers the choice', async () => {
    const saved: (string | null)[] = [];
    const dir = await folderWith({ 'folkhalsa-v1.rvbidrag': '{}', 'anteckning.txt': 'x', 'ANALYS.RVBIDRAG': '{}' });
    inbox = new Inbox(async (folder) => void saved.push(folder));
    await inbox.setFolder(dir);
    const listing = await inbox.list();
    expect(listing.folder).toBe(dir);
    expect(listing.files.map((f) => f.name).sort()).toEqual(['ANALYS.RVBIDRAG', 'folkhalsa-v1.rvbidrag']);
    expect(saved).toEqual([dir]);
  });

  it('sees a file that arrives later', async () => {
    const dir = await folderWith({});
    inbox = new Inbox();
    await inbox.setFolder(dir);
    expect((await inbox.list()).files).toEqual([]);
    await writeFile(join(dir, 'ny.rvbidrag'), '{"a":1}');
    expect((await inbox.list()).files.map((f) => f.name)).toEqual(['ny.rvbidrag']);
  });

  it('reads a listed file and refuses anything else', async () => {
    const dir = await folderWith({ 'infra.rvbidrag': '{"ok":true}', 'hemlig.txt': 'x' });
    inbox = new Inbox();
    await inbox.setFolder(dir);
    expect(new TextDecoder().decode((await inbox.read('infra.rvbidrag')).bytes)).toBe('{"ok":true}');
    await expect(inbox.read('hemlig.txt')).rejects.toThrow(/ingen bidragsfil/);
    await expect(inbox.read('../infra.rvbidrag')).rejects.toThrow(/ingen bidragsfil/);
    await expect(inbox.read('undermapp.rvbidrag')).rejects.toThrow(/ingen fil/);
  });

  it('reads nothing before a folder is chosen', async () => {
    inbox = new Inbox();
    expect(await inbox.list()).toEqual({ folder: null, files: [] });
    await expect(inbox.read('x.rvbidrag')).rejects.toThrow(/Ingen inkorgsmapp/);
  });
});
