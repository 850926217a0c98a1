import { describe, expect, it } from 'vitest';
import { listMergeRecords, recordStartingPoints, writeMerge } from '../../../renderer/db/merge-repo';
import { exportReportFile, importReportFile } from '../../../renderer/db/report-file-repo';
import { addReport, listAnswers } from '../../../renderer/db/reports-repo';
import { listDepartments } from '../../../renderer/db/departments-repo';
import { encodeReportFile } from '../../../shared/files/report-file';
import { mergeContribution } from '../../../shared/merge/merge-answer';
import type { Contribution } from '../../../shared/report/organisation-schema';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

/*
 * Merge records next to their answers: written with them in one transaction, undone in
 * one, refused for a signed report, carried through a report file, and the starting
 * texts of an assignment recorded as revision 0.
 */

async function setup() {
  const db = freshDb();
  const deps = testDeps();
  const report = await addReport(db, template, { year: 2025, organisation: 'Region Test', header: {} }, deps);
  const [department] = await listDepartments(db, report.id);
  const answer = (await listAnswers(db, report.id)).find((a) => a.questionId === '1.1')!;
  const contribution: Contribution = {
    id: 'bidrag-000001',
    reportId: report.id,
    departmentId: department!.id,
    revision: 1,
    author: 'Handläggare',
    createdAt: deps.now().toISOString(),
    importedAt: deps.now().toISOString(),
    fileName: 'a.rvbidrag',
    sha256: 'a'.repeat(64),
    answers: [
      {
        questionId: '1.1',
        content: richText({ ...paragraph(text('Avdelningens text.')), $: { blockId: 'src-1' } }),
        choice: null,
        basis: ['utvärdering'],
        ready: true,
      },
    ],
  };
  const merge = mergeContribution({ answer, state: undefined, contribution, departmentOrder: [department!.id], deps })!;
  return { db, deps, report, answer, merge, contribution };
}

describe('merge records in the database', () => {
  it('writes the merged answer and its record in one transaction, and the undo with the answer as it was puts both back', async () => {
    const { db, report, answer, merge } = await setup();
    const undo = await writeMerge(db, report.id, { answers: [merge.answer], records: [merge.record] });
    expect(undo).toEqual({ records: [], removeRecords: [[report.id, '1.1', merge.record.departmentId]] });
    expect(await listMergeRecords(db, report.id)).toEqual([merge.record]);
    expect((await db.answers.get([report.id, '1.1']))!.basis).toEqual(['utvärdering']);
    await writeMerge(db, report.id, { ...undo, answers: [answer] });
    expect(await listMergeRecords(db, report.id)).toEqual([]);
    expect(await db.answers.get([report.id, '1.1'])).toEqual(answer);
  });

  it('refuses a signed report and writes nothing', async () => {
    const { db, report, answer, merge } = await setup();
    await db.reports.update(report.id, { status: 'signerad' });
    await expect(writeMerge(db, report.id, { answers: [merge.answer], records: [merge.record] })).rejects.toThrow(
      /signerad/,
    );
    expect(await listMergeRecords(db, report.id)).toEqual([]);
    expect(await db.answers.get([report.id, '1.1'])).toEqual(answer);
  });

  it('travels in a report file and back', async () => {
    const { db, deps, report, merge, contribution } = await setup();
    await db.contributions.put(contribution);
    await writeMerge(db, report.id, { answers: [merge.answer], records: [merge.record] });
    const bytes = encodeReportFile(await exportReportFile(db, report.id, deps.now()));
    const other = freshDb();
    await importReportFile(other, bytes, 'rapport.rvrapport');
    expect(await listMergeRecords(other, report.id)).toEqual([merge.record]);
  });

  it('records the starting texts of an assignment as revision 0, but never over a real merge', async () => {
    const { db, deps, report, merge } = await setup();
    const answers = await listAnswers(db, report.id);
    await recordStartingPoints(
      db,
      report.id,
      merge.record.departmentId,
      answers.filter((a) => a.questionId === '1.2'),
      deps.now().toISOString(),
    );
    await writeMerge(db, report.id, { answers: [merge.answer], records: [merge.record] });
    await recordStartingPoints(
      db,
      report.id,
      merge.record.departmentId,
      answers.filter((a) => ['1.1', '1.2'].includes(a.questionId)),
      deps.now().toISOString(),
    );
    const records = await listMergeRecords(db, report.id);
    expect(records.map((r) => [r.questionId, r.revision]).sort()).toEqual([
      ['1.1', 1],
      ['1.2', 0],
    ]);
  });
});
