import { describe, expect, it } from 'vitest';
import { addImportedReport } from '../../../renderer/db/word-import-repo';
import { rollReportForward } from '../../../renderer/db/roll-forward-repo';
import { dismissUnplaced, unplacedText } from '../../../renderer/db/unplaced-repo';
import { addImage, reportImages } from '../../../renderer/db/images-repo';
import { comparisonTexts, listComparisonPoints } from '../../../renderer/db/comparison-repo';
import { exportReportFile, importReportFile } from '../../../renderer/db/report-file-repo';
import { getReport, listAnswers } from '../../../renderer/db/reports-repo';
import { importDocxReport } from '../../../shared/docx/import/read-report';
import { reportFromImport } from '../../../shared/docx/import/report-records';
import { encodeReportFile } from '../../../shared/files/report-file';
import { imageIdsIn } from '../../../shared/report/content-images';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { barChartPng } from '../../bench/png';
import { handWrittenDocx } from '../../shared/docx/import/word-builder';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

async function imported() {
  const db = freshDb();
  const deps = testDeps();
  const docx = await handWrittenDocx(template, {
    questionStyle: 'bold',
    boxStyle: 'text',
    answers: { '1.1': 'Fjolårets svar.' },
    choices: { '5.1a': 'ja' },
  });
  const result = importDocxReport(docx, 'fjol.docx', template, deps.newId);
  const id = await addImportedReport(
    db,
    reportFromImport(template, result, 'fjol', deps),
    ['Ett förord.'],
    'fjol.docx',
    deps,
  );
  return { db, deps, id };
}

describe('reports from a Word import and from last year', () => {
  it('saves an imported report with its image, departments and the text not placed', async () => {
    const { db, id } = await imported();
    expect(await getReport(db, id)).toMatchObject({ year: 2025, organisation: 'Region Västmanland' });
    const answers = await listAnswers(db, id);
    expect(richTextToPlain(answers.find((a) => a.questionId === '1.1')!.content)).toBe('Fjolårets svar.');
    const images = await reportImages(db, id);
    expect(images).toHaveLength(1);
    expect(imageIdsIn(answers.find((a) => a.questionId === '5.1a')!.content)).toEqual([images[0]!.id]);
    expect(await db.departments.where('reportId').equals(id).count()).toBeGreaterThan(0);
    expect(await unplacedText(db, id)).toEqual(['Ett förord.']);
    await dismissUnplaced(db, id);
    expect(await unplacedText(db, id)).toEqual([]);
  });

  it('rolls a report forward with its images, marking carried text', async () => {
    const { db, deps, id } = await imported();
    const next = await rollReportForward(db, template, id, (q) => (q === '6.3' ? 'empty' : 'carry'), deps);
    expect(await getReport(db, next)).toMatchObject({ year: 2026, header: { datum: '', vartDnr: '' } });
    const answers = await listAnswers(db, next);
    expect(answers.find((a) => a.questionId === '1.1')!.content.root.children[0]!.$).toMatchObject({ prior: 2025 });
    expect(richTextToPlain(answers.find((a) => a.questionId === '6.3')!.content)).toBe('');
    const [image] = await reportImages(db, next);
    expect(imageIdsIn(answers.find((a) => a.questionId === '5.1a')!.content)).toEqual([image!.id]);
    expect(image!.bytes.byteLength).toBeGreaterThan(0);
  });

  it("keeps the text read from Word, and last year's text after a roll forward (also of an emptied answer), as comparison points", async () => {
    const { db, deps, id } = await imported();
    expect(await listComparisonPoints(db, id)).toEqual([
      { reason: 'word-import', label: 'fjol.docx', createdAt: expect.any(String) },
    ]);
    const read = await comparisonTexts(db, id, 'word-import');
    expect(read.size).toBe(30);
    expect(richTextToPlain(read.get('1.1')!.content)).toBe('Fjolårets svar.');

    const next = await rollReportForward(db, template, id, (q) => (q === '1.1' ? 'empty' : 'carry'), deps);
    expect((await listComparisonPoints(db, next)).map((p) => [p.reason, p.label])).toEqual([['forra-aret', '2025']]);
    const lastYear = await comparisonTexts(db, next, 'forra-aret');
    expect(richTextToPlain(lastYear.get('1.1')!.content)).toBe('Fjolårets svar.');
    expect(richTextToPlain((await listAnswers(db, next)).find((a) => a.questionId === '1.1')!.content)).toBe('');
    // Last year's images are the new report's own copies, so deleting last year's report loses nothing.
    const [image] = await reportImages(db, next);
    expect(imageIdsIn(lastYear.get('5.1a')!.content)).toEqual([image!.id]);
  });

  it('carries images through a report file into another profile', async () => {
    const { db: source, id: reportId } = await imported();
    const deps = { ...testDeps(), newId: () => 'bild-extra-0001' };
    const extra = await addImage(
      source,
      reportId,
      new Blob([barChartPng([1, 2]) as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      'extra.png',
      deps,
    );
    await source.answers.update([reportId, '6.1'], {
      content: richText(
        paragraph(text('Bild:'), {
          type: 'image',
          version: 1,
          imageId: extra,
          altText: 'extra',
          width: null,
          height: null,
        }),
      ),
    });
    const file = await exportReportFile(source, reportId, deps.now());
    expect(file.images).toHaveLength(2);
    const target = freshDb();
    await importReportFile(target, encodeReportFile(file), 'r.rvrapport');
    expect((await reportImages(target, reportId)).map((i) => i.name).sort()).toEqual(['extra.png', 'image1.png']);
  });
});
