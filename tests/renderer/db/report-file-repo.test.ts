import { describe, expect, it } from 'vitest';
import { listDepartments, saveAssignment } from '../../../renderer/db/departments-repo';
import { exportReportFile, importReportFile } from '../../../renderer/db/report-file-repo';
import { addReport, listAnswers } from '../../../renderer/db/reports-repo';
import { encodeReportFile } from '../../../shared/exchange/report-file';
import { testDeps } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

describe('report files', () => {
  it('round-trip a report with departments and assignments into an empty profile', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region Västmanland', header: { datum: '2026-01-21' } }, deps);
    const [first] = await listDepartments(db, report.id);
    await saveAssignment(db, report.id, first!.id, { questionIds: ['1.1'] }, deps);
    const file = await exportReportFile(db, report.id, deps.now());
    const target = freshDb();
    expect(await importReportFile(target, encodeReportFile(file), 'rapport.rvrapport')).toEqual({ reportId: report.id, replaced: false });
    expect(await exportReportFile(target, report.id, new Date(file.createdAt))).toEqual(file);
    expect(await listAnswers(target, report.id)).toHaveLength(30);
  });

  it('refuses a changed file and writes nothing', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, deps);
    const bytes = encodeReportFile(await exportReportFile(db, report.id, deps.now()));
    bytes[Buffer.from(bytes).indexOf('Region X') + 7] = 'Y'.charCodeAt(0);
    const target = freshDb();
    await expect(importReportFile(target, bytes, 'r.rvrapport')).rejects.toThrow(/^r\.rvrapport: kontrollsumman/);
    expect(await target.reports.count()).toBe(0);
  });
});
