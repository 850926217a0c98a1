import { IDBFactory } from 'fake-indexeddb';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/db/open-database';
import { WorkbenchDb } from '../../renderer/db/schema';
import { DEFAULT_DEPARTMENTS } from '../../shared/report/organisation-schema';
import { createHash } from 'node:crypto';
import type Dexie from 'dexie';
import { fixtureRecords, historicDb, type ShippedVersion } from './fixtures/db-versions';
import { recordFigure } from './figures';

/*
 * Item 4: every shipped schema version's database opens in the current app with every
 * record kept (and, from version 4, merge records read once from merged answers; version 5 adds the comments table, version 6 the templates table) (counts and content hashes per table); a failing upgrade leaves the old
 * data intact and the app says so.
 */

async function tableHashes(db: Dexie, names: string[]): Promise<Record<string, { count: number; hash: string }>> {
  const out: Record<string, { count: number; hash: string }> = {};
  for (const name of names) {
    const rows = await db.table(name).toArray();
    const text = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.type}:${v.size}` : v));
    out[name] = { count: rows.length, hash: createHash('sha256').update(text).digest('hex') };
  }
  return out;
}

async function fixture(version: ShippedVersion) {
  const factory = new IDBFactory();
  const old = historicDb(factory, version);
  const records = fixtureRecords(version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [name, rows] of Object.entries(records)) await old.table(name).bulkAdd(rows);
  });
  const before = await tableHashes(old, Object.keys(records));
  old.close();
  return { factory, records, before };
}

describe('migrations (reliability 4)', () => {
  it.each([1, 2, 3, 4, 5] as const)(
    'a version %i database opens in the current app with every record kept',
    async (version) => {
      const { factory, records, before } = await fixture(version);
      const db = new WorkbenchDb('rapportverkstad', { indexedDB: factory, IDBKeyRange });
      expect(await openDatabase(db, { indexedDB: factory, IDBKeyRange })).toBeNull();
      expect(db.verno).toBe(6);
      // Version 6 adds the templates table, empty: the bundled templates stay files.
      expect(await db.templates.count()).toBe(0);
      const after = await tableHashes(db, Object.keys(records));
      expect(after).toEqual(before);
      const departments = await db.departments.count();
      expect(departments).toBe(version === 1 ? 3 * DEFAULT_DEPARTMENTS.length : 1);
      // Version 4 reads each merged answer's record once from its text: revision 2, that revision's text as the base.
      const mergeRecords = await db.mergeRecords.toArray();
      expect(mergeRecords.map((r) => [r.questionId, r.departmentId, r.revision, r.links])).toEqual(
        version >= 3 ? [['2.3', 'avd-000001', 2, [['src-1', 'blk-1']]]] : [],
      );
      if (version >= 3)
        expect(mergeRecords[0]!.base.content.root.children[0]).toMatchObject({ $: { blockId: 'src-1' } });
      const total = Object.values(before).reduce((sum, t) => sum + t.count, 0);
      recordFigure({
        id: `migration-v${version}`,
        what: `databas version ${version} öppnad av version 6 (poster bevarade)`,
        tries: total,
        broke: Object.keys(before).filter((k) => before[k]!.hash !== after[k]!.hash).length,
      });
      db.close();
    },
  );

  it('a failing upgrade leaves the version 1 data intact and says so', async () => {
    const { factory, records, before } = await fixture(1);
    const failing = historicDb(factory, 2, 2);
    const problem = await openDatabase(failing, { indexedDB: factory, IDBKeyRange });
    expect(problem?.kind).toBe('upgrade');
    expect(problem?.message).toMatch(/Dina data är orörda/);
    failing.close();
    const again = historicDb(factory, 1);
    await again.open();
    expect(again.verno).toBe(1);
    const after = await tableHashes(again, Object.keys(records));
    expect(after).toEqual(before);
    recordFigure({
      id: 'migration-failing',
      what: 'misslyckad uppgradering v1→v2 (gamla data orörda)',
      tries: 1,
      broke: JSON.stringify(after) === JSON.stringify(before) ? 0 : 1,
    });
    again.close();
  });
});
