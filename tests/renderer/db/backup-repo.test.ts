import { describe, expect, it } from 'vitest';
import { saveAnswers } from '../../../renderer/db/answers-repo';
import {
  exportBackup,
  planRestore,
  readWorkspace,
  restoreBackup,
  type RestoreChoice,
} from '../../../renderer/db/backup-repo';
import { listReports, listTrash } from '../../../renderer/db/reports-repo';
import { listVersions } from '../../../renderer/db/answers-repo';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { addImage } from '../../../renderer/db/images-repo';
import { addReport, listAnswers } from '../../../renderer/db/reports-repo';
import { listDepartments, saveAssignment } from '../../../renderer/db/departments-repo';
import { openAssignment } from '../../../renderer/db/workspaces-repo';
import { buildAssignmentFile } from '../../../shared/files/build-files';
import { list, paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

async function filledDb() {
  const db = freshDb();
  const deps = testDeps();
  for (const organisation of ['Region Västmanland', 'Region Örebro län']) {
    const report = await addReport(db, template, { year: 2025, organisation, header: { datum: '2026-01-21' } }, deps);
    const answers = await listAnswers(db, report.id);
    const changed = answers.map((answer, i) => ({
      ...answer,
      content: richText(paragraph(text(`${organisation} svar ${answer.questionId}`, i % 3)), list('bullet', 'a', 'b')),
    }));
    const version = {
      reportId: report.id,
      questionId: '1.1',
      createdAt: report.createdAt,
      reason: 'paus' as const,
      content: changed[0]!.content,
      choice: null,
      basis: [],
    };
    await saveAnswers(db, report.id, changed, [version], report.updatedAt);
    await addImage(
      db,
      report.id,
      new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3])], { type: 'image/png' }),
      'diagram.png',
      deps,
    );
    const [department] = await listDepartments(db, report.id);
    const assignment = await saveAssignment(
      db,
      report.id,
      department!.id,
      { questionIds: ['1.1', '4.4'], deadline: '2026-01-10' },
      deps,
    );
    const file = await buildAssignmentFile({
      report,
      template,
      department: department!,
      assignment,
      coordinatorName: 'Anna',
      answers,
      includeStartingPoints: true,
      now: deps.now(),
    });
    await openAssignment(db, file, deps);
  }
  return db;
}

describe('backup and restore', () => {
  it('round-trips the whole workspace into an empty profile', async () => {
    const source = await filledDb();
    const bytes = await exportBackup(source, new Date('2026-02-01T00:00:00Z'), '0.1.0');
    const target = freshDb();
    const summary = await restoreBackup(target, bytes, 'backup.rvbackup');
    expect(summary).toMatchObject({ reports: 2, replaced: 0, answers: 64 });
    expect(summary.outcomes.map((o) => o.outcome)).toEqual(['added', 'added']);
    expect((await readWorkspace(target)).workspaces).toHaveLength(2);
    expect((await readWorkspace(target)).departments).toHaveLength(12);
    expect(await readWorkspace(target)).toEqual(await readWorkspace(source));
  });

  it('changes nothing when the file is damaged', async () => {
    const db = await filledDb();
    const before = await readWorkspace(db);
    const bytes = await exportBackup(db, new Date(), '0.1.0');
    bytes[Math.floor(bytes.length / 2)] = 0x7b;
    await expect(restoreBackup(db, bytes, 'trasig.rvbackup')).rejects.toThrow(/^trasig\.rvbackup: /);
    expect(await readWorkspace(db)).toEqual(before);
  });
});

describe('restore over newer work (#14, defect 1)', () => {
  async function editedAfterBackup() {
    const db = await filledDb();
    const bytes = await exportBackup(db, new Date('2026-02-01T00:00:00Z'), '0.1.0');
    const [report] = await listReports(db);
    const answer = (await listAnswers(db, report!.id)).find((a) => a.questionId === '1.2')!;
    await saveAnswers(
      db,
      report!.id,
      [{ ...answer, content: richText(paragraph(text('Nyare text skriven efter säkerhetskopian.'))) }],
      [],
      '2026-02-02T00:00:00.000Z',
    );
    return { db, bytes, report: report! };
  }
  const textOf = async (db: Awaited<ReturnType<typeof filledDb>>, reportId: string) =>
    richTextToPlain((await listAnswers(db, reportId)).find((a) => a.questionId === '1.2')!.content);

  it('compares report by report: the changed one is named, the other is the same', async () => {
    const { db, bytes, report } = await editedAfterBackup();
    const plan = await planRestore(db, bytes, 'kopia.rvbackup');
    expect(plan.items.map((i) => [i.reportId === report.id, i.state])).toEqual(
      expect.arrayContaining([
        [true, 'changed'],
        [false, 'same'],
      ]),
    );
  });

  it.each<[RestoreChoice | undefined, string, number, number]>([
    [undefined, 'kept-local', 2, 0],
    ['keep-local', 'kept-local', 2, 0],
    ['take-backup', 'replaced', 2, 1],
    ['keep-both', 'kept-both', 3, 0],
  ])('choice %s: %s, nothing written after the backup is lost', async (choice, outcome, reports, trashed) => {
    const { db, bytes, report } = await editedAfterBackup();
    const summary = await restoreBackup(db, bytes, 'kopia.rvbackup', choice ? { [report.id]: choice } : {}, {
      now: () => new Date('2026-02-03T10:00:00Z'),
      newId: () => crypto.randomUUID(),
    });
    expect(summary.outcomes.find((o) => o.name.includes(report.title) && o.outcome !== 'unchanged')?.outcome).toBe(
      outcome,
    );
    expect(summary.outcomes.filter((o) => o.outcome === 'unchanged')).toHaveLength(1);
    expect(await listReports(db)).toHaveLength(reports);
    const trash = await listTrash(db);
    expect(trash).toHaveLength(trashed);
    const everywhere = await Promise.all([...(await listReports(db)), ...trash].map((r) => textOf(db, r.id)));
    expect(everywhere).toContain('Nyare text skriven efter säkerhetskopian.');
    if (choice === 'take-backup') {
      expect(await textOf(db, report.id)).not.toContain('Nyare text');
      expect(trash[0]!.title).toMatch(/datorns version före återställningen/);
      expect(await listVersions(db, trash[0]!.id, '1.1')).toHaveLength(1);
    }
  });
});
