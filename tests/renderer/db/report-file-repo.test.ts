import { describe, expect, it } from 'vitest';
import { listDepartments, saveAssignment } from '../../../renderer/db/departments-repo';
import { exportReportFile, importReportFile } from '../../../renderer/db/report-file-repo';
import { addReport, listAnswers, listTrash } from '../../../renderer/db/reports-repo';
import { saveAnswers } from '../../../renderer/db/answers-repo';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { encodeReportFile } from '../../../shared/files/report-file';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

describe('report files', () => {
  it('round-trip a report with departments and assignments into an empty profile', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(
      db,
      template,
      { year: 2025, organisation: 'Region Västmanland', header: { datum: '2026-01-21' } },
      deps,
    );
    const [first] = await listDepartments(db, report.id);
    await saveAssignment(db, report.id, first!.id, { questionIds: ['1.1'] }, deps);
    const file = await exportReportFile(db, report.id, deps.now());
    const target = freshDb();
    expect(await importReportFile(target, encodeReportFile(file), 'rapport.rvrapport')).toEqual({
      reportId: report.id,
      replaced: false,
    });
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

  it.each([
    ['keep-local', 'Nyare text på datorn.', 0],
    ['take-backup', '', 1],
  ] as const)(
    'opening a file over a report changed on this computer (%s) loses nothing',
    async (choice, kept, trashed) => {
      const db = freshDb();
      const deps = { ...testDeps(), newId: () => crypto.randomUUID() };
      const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, deps);
      const bytes = encodeReportFile(await exportReportFile(db, report.id, deps.now()));
      const answer = (await listAnswers(db, report.id))[0]!;
      await saveAnswers(
        db,
        report.id,
        [{ ...answer, content: richText(paragraph(text('Nyare text på datorn.'))) }],
        [],
        deps.now().toISOString(),
      );
      await importReportFile(db, bytes, 'r.rvrapport', undefined, choice);
      expect(richTextToPlain((await listAnswers(db, report.id))[0]!.content)).toBe(kept);
      const trash = await listTrash(db);
      expect(trash).toHaveLength(trashed);
      if (trashed)
        expect(richTextToPlain((await listAnswers(db, trash[0]!.id))[0]!.content)).toBe('Nyare text på datorn.');
    },
  );
});
