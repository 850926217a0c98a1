import { describe, expect, it } from 'vitest';
import { listVersions, saveAnswers } from '../../../renderer/db/answers-repo';
import { addReport, getReport, listAnswers } from '../../../renderer/db/reports-repo';
import { MAX_SNAPSHOTS_PER_ANSWER } from '../../../shared/report/history-policy';
import type { Snapshot } from '../../../shared/report/report-schema';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

describe('saveAnswers', () => {
  it('writes answers, versions and the report time together', async () => {
    const db = freshDb();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, testDeps());
    const answers = await listAnswers(db, report.id);
    const changed = {
      ...answers[0]!,
      content: richText(paragraph(text('Ny text'))),
      updatedAt: '2026-02-01T10:00:00.000Z',
    };
    const version: Snapshot = {
      reportId: report.id,
      questionId: changed.questionId,
      createdAt: changed.updatedAt,
      reason: 'paus',
      content: changed.content,
      choice: null,
      basis: [],
    };
    await saveAnswers(db, report.id, [changed], [version], changed.updatedAt);
    expect((await listAnswers(db, report.id)).find((a) => a.questionId === changed.questionId)).toEqual(changed);
    expect(await listVersions(db, report.id, changed.questionId)).toHaveLength(1);
    expect((await getReport(db, report.id))?.updatedAt).toBe(changed.updatedAt);
  });

  it('writes nothing when one answer is invalid', async () => {
    const db = freshDb();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, testDeps());
    const [a, b] = await listAnswers(db, report.id);
    const good = { ...a!, content: richText(paragraph(text('Bra'))) };
    const bad = { ...b!, status: 'halvklar' as never };
    await expect(saveAnswers(db, report.id, [good, bad], [], good.updatedAt)).rejects.toThrow();
    expect((await listAnswers(db, report.id)).find((x) => x.questionId === a!.questionId)).toEqual(a);
  });

  it(`keeps the newest ${MAX_SNAPSHOTS_PER_ANSWER} versions of an answer`, async () => {
    const db = freshDb();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, testDeps());
    const [a] = await listAnswers(db, report.id);
    for (let i = 0; i < MAX_SNAPSHOTS_PER_ANSWER + 5; i++) {
      const content = richText(paragraph(text(`version ${i}`)));
      const createdAt = new Date(Date.UTC(2026, 1, 1, 0, 0, i)).toISOString();
      await saveAnswers(
        db,
        report.id,
        [{ ...a!, content }],
        [
          {
            reportId: report.id,
            questionId: a!.questionId,
            createdAt,
            reason: 'paus',
            content,
            choice: null,
            basis: [],
          },
        ],
        createdAt,
      );
    }
    const versions = await listVersions(db, report.id, a!.questionId);
    expect(versions).toHaveLength(MAX_SNAPSHOTS_PER_ANSWER);
    expect(JSON.stringify(versions[0]!.content)).toContain(`version ${MAX_SNAPSHOTS_PER_ANSWER + 4}`);
  });

  it("never prunes a comparison point (last year's text), however many versions follow", async () => {
    const db = freshDb();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region X', header: {} }, testDeps());
    const [a] = await listAnswers(db, report.id);
    const pinned = {
      reportId: report.id,
      questionId: a!.questionId,
      createdAt: '2026-01-01T00:00:00.000Z',
      reason: 'forra-aret' as const,
      label: '2024',
      content: richText(paragraph(text('fjol'))),
      choice: null,
      basis: [],
    };
    await db.snapshots.add(pinned);
    for (let i = 0; i < MAX_SNAPSHOTS_PER_ANSWER + 3; i++) {
      const content = richText(paragraph(text(`version ${i}`)));
      const createdAt = new Date(Date.UTC(2026, 1, 1, 0, 0, i)).toISOString();
      await saveAnswers(
        db,
        report.id,
        [{ ...a!, content }],
        [
          {
            reportId: report.id,
            questionId: a!.questionId,
            createdAt,
            reason: 'paus',
            content,
            choice: null,
            basis: [],
          },
        ],
        createdAt,
      );
    }
    const versions = await listVersions(db, report.id, a!.questionId);
    expect(versions).toHaveLength(MAX_SNAPSHOTS_PER_ANSWER + 1);
    expect(versions.filter((v) => v.reason === 'forra-aret')).toEqual([expect.objectContaining({ label: '2024' })]);
  });
});
