import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { addReport, getReport } from '../../../renderer/db/reports-repo';
import { testDeps } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

describe('WorkbenchDb.relaxed', () => {
  it('is one second connection to the same database: what it writes the strict one reads', async () => {
    const db = freshDb();
    const relaxed = db.relaxed();
    expect(db.relaxed()).toBe(relaxed);
    expect(relaxed.name).toBe(db.name);
    const report = await addReport(relaxed, template, { year: 2025, organisation: 'Region X', header: {} }, testDeps());
    expect(await getReport(db, report.id)).toEqual(report);
  });
});

describe('WorkbenchDb without liveQuery bookkeeping', () => {
  it.each([
    ['the strict connection', (db: ReturnType<typeof freshDb>) => db],
    ['the relaxed connection', (db: ReturnType<typeof freshDb>) => db.relaxed()],
  ])('%s announces no storage mutations (no liveQuery tracking) and still writes and reads', async (_name, pick) => {
    const db = pick(freshDb());
    // Creating the database announces every table once; only the writes after it count here.
    await db.open();
    const mutated: unknown[] = [];
    const listener = (parts: unknown) => void mutated.push(parts);
    Dexie.on('storagemutated', listener);
    try {
      const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, testDeps());
      expect(await getReport(db, report.id)).toEqual(report);
      expect(mutated).toEqual([]);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }
  });
});
