import { describe, expect, it } from 'vitest';
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
