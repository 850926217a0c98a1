import { listDepartments } from '../../../renderer/db/departments-repo';
import { describe, expect, it } from 'vitest';
import {
  addReport,
  copyReport,
  getReport,
  listAnswers,
  listReports,
  listTrash,
  purgeReport,
  setTrashed,
  updateReport,
} from '../../../renderer/db/reports-repo';
import { addImage } from '../../../renderer/db/images-repo';
import { imageIdsIn } from '../../../shared/report/content-images';
import { paragraph, richText, testDeps } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

const input = { year: 2025, organisation: 'Region Västmanland', header: { datum: '2026-01-21' } };

describe('reports repository', () => {
  it('creates a report with 30 answers and lists it', async () => {
    const db = freshDb();
    const report = await addReport(db, template, input, testDeps());
    expect(await listReports(db)).toEqual([report]);
    expect(await listAnswers(db, report.id)).toHaveLength(30);
  });

  it('renames and stamps the change time', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(db, template, input, deps);
    const renamed = await updateReport(db, report.id, { title: 'Årsrapport' }, deps);
    expect(renamed.title).toBe('Årsrapport');
    expect(renamed.updatedAt > report.updatedAt).toBe(true);
    await expect(updateReport(db, report.id, { title: '' }, deps)).rejects.toThrow();
    expect((await getReport(db, report.id))?.title).toBe('Årsrapport');
  });

  it('moves a report to the trash and back, then purges it with everything that belongs to it', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(db, template, input, deps);
    await setTrashed(db, report.id, true, deps);
    expect(await listReports(db)).toEqual([]);
    expect((await listTrash(db)).map((r) => r.id)).toEqual([report.id]);
    await setTrashed(db, report.id, false, deps);
    expect((await listReports(db)).map((r) => r.id)).toEqual([report.id]);
    // Records of every kind that belongs to a report (raw puts: only the keys matter here).
    await db.comments.put({ reportId: report.id, id: 'kommentar-1' } as never);
    await db.mergeRecords.put({ reportId: report.id, questionId: '1.1', departmentId: 'avd-1' } as never);
    await db.signatures.put({ id: 'signatur-1', reportId: report.id } as never);
    await db.snapshots.add({ reportId: report.id, questionId: '1.1' } as never);
    await purgeReport(db, report.id);
    expect(await db.reports.count()).toBe(0);
    // Every table indexed by report is empty of it: a table added later is checked too.
    const left = await Promise.all(
      db.tables
        .filter((t) => t.schema.indexes.some((i) => i.name === 'reportId'))
        .map(async (t) => [t.name, await t.where('reportId').equals(report.id).count()] as const),
    );
    expect(left.filter(([, n]) => n > 0)).toEqual([]);
  });

  it('copies a report with its answers and its own copies of the images', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(db, template, input, deps);
    const imageId = await addImage(
      db,
      report.id,
      new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2])], { type: 'image/png' }),
      'bild.png',
      deps,
    );
    const [first] = await listAnswers(db, report.id);
    await db.answers.put({
      ...first!,
      content: richText(paragraph({ type: 'image', version: 1, imageId, altText: '', width: null, height: null })),
    });
    const copy = await copyReport(db, report.id, deps);
    const copied = (await listAnswers(db, copy.id)).find((a) => a.questionId === first!.questionId)!;
    const [copiedImageId] = imageIdsIn(copied.content);
    expect(copiedImageId).not.toBe(imageId);
    expect((await db.images.get(copiedImageId!))?.reportId).toBe(copy.id);
    await purgeReport(db, report.id);
    expect(await db.images.get(copiedImageId!)).toBeDefined();
  });

  it.each([
    [
      'the standard register',
      undefined,
      [
        'Folkhälsa',
        'Kompetensförsörjning',
        'Infrastruktur',
        'Näringsliv och innovation',
        'Digital infrastruktur',
        'Analys',
      ],
    ],
    [
      'the register IT set, with contacts',
      [{ name: 'Regional utveckling', contactName: 'Eva', contactEmail: 'eva@example.se' }, { name: 'Analys' }],
      ['Regional utveckling', 'Analys'],
    ],
  ])('a new report starts with %s', async (_name, register, names) => {
    const db = freshDb();
    const report = await addReport(
      db,
      template,
      { year: 2026, organisation: 'Region Västmanland', header: {} },
      testDeps(),
      register,
    );
    const departments = await listDepartments(db, report.id);
    expect(departments.map((d) => d.name).sort()).toEqual([...names].sort());
    if (register)
      expect(departments.find((d) => d.name === 'Regional utveckling')).toMatchObject({
        contactName: 'Eva',
        contactEmail: 'eva@example.se',
      });
  });
});
