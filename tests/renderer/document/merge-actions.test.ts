import { describe, expect, it } from 'vitest';
import { listMergeRecords } from '../../../renderer/db/merge-repo';
import { listDepartments } from '../../../renderer/db/departments-repo';
import { addReport, listAnswers } from '../../../renderer/db/reports-repo';
import { planMerges, runMerges, type MergeContext } from '../../../renderer/document/merge-actions';
import { fakeHandles } from './fake-handles';
import { applyContributions } from '../../../shared/merge/apply-contributions';
import type { ContributionFile } from '../../../shared/files/exchange-files';
import type { Answer } from '../../../shared/report/report-schema';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from '../db/test-db';

/*
 * Root cause 7 of the merge issue: the app and the command line merge with the same
 * step. The app's merge (editors faked as handles, the real database) and the command
 * line's applyContributions give the same answers from the same inputs; the app's write
 * is undone in one step.
 */

describe('merge in the app', () => {
  it('gives the same answers as the command line, and one undo puts answers and records back', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region Test', header: {} }, deps);
    const departments = (await listDepartments(db, report.id)).slice(0, 2);
    const answers = await listAnswers(db, report.id);
    const files = departments.map((d, i): ContributionFile => ({
      format: 'rapportverkstad-bidrag',
      formatVersion: 1,
      report: {
        reportId: report.id,
        templateId: report.templateId,
        year: report.year,
        organisation: report.organisation,
      },
      department: { id: d.id, name: d.name },
      author: 'Handläggare',
      revision: 1,
      createdAt: deps.now().toISOString(),
      answers: [
        {
          questionId: '1.1',
          content: richText({ ...paragraph(text(`Text från ${d.name}.`)), $: { blockId: `b${i}` } }),
          choice: i === 0 ? 'ja' : null,
          basis: [],
          ready: true,
        },
      ],
      sha256: String(i).repeat(64),
    }));
    const contributions = files.map((f, i) => ({
      id: `bidrag-00000${i}`,
      reportId: report.id,
      departmentId: f.department.id,
      revision: 1,
      author: f.author,
      createdAt: f.createdAt,
      importedAt: f.createdAt,
      fileName: 'x.rvbidrag',
      sha256: f.sha256,
      answers: f.answers,
    }));
    const assignments = departments.map((d) => ({
      reportId: report.id,
      departmentId: d.id,
      questionIds: ['1.1'],
      deadline: null,
      note: '',
      updatedAt: deps.now().toISOString(),
    }));
    const cli = applyContributions(
      { report, answers, departments, assignments, contributions: [] },
      files.map((file) => ({ name: 'x.rvbidrag', file })),
      testDeps(),
    );

    const { current, getHandle } = fakeHandles(answers);
    const ctx: MergeContext = { db, reportId: report.id, records: [], contributions, departments, getHandle };
    const requests = [...contributions].reverse().map((contribution) => ({ questionId: '1.1', contribution }));
    expect(planMerges(ctx, requests).merges).toHaveLength(2);
    const { merged, undo } = await runMerges(ctx, requests);
    expect(merged).toBe(1);
    const app = current.get('1.1')!;
    const fromCli = cli.records.answers.find((a) => a.questionId === '1.1')!;
    const strip = (a: Answer) => a.content.root.children.map((b) => ({ ...b, $: { ...b.$, blockId: undefined } }));
    expect(strip(app)).toEqual(strip(fromCli));
    expect([app.choice, app.basis]).toEqual([fromCli.choice, fromCli.basis]);
    expect((await db.answers.get([report.id, '1.1']))!.content).toEqual(app.content);
    expect(await listMergeRecords(db, report.id)).toHaveLength(2);

    await undo();
    expect(await listMergeRecords(db, report.id)).toEqual([]);
    expect(current.get('1.1')).toEqual(answers.find((a) => a.questionId === '1.1'));
  });
});
