import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../renderer/db/backup-repo';
import { rollReportForward } from '../../../renderer/db/roll-forward-repo';
import { unplacedText } from '../../../renderer/db/unplaced-repo';
import { exportReportFile, importReportFile } from '../../../renderer/db/report-file-repo';
import { addReport, getReport, listAnswers } from '../../../renderer/db/reports-repo';
import { saveAnswers } from '../../../renderer/db/answers-repo';
import { listStoredTemplates, saveTemplate } from '../../../renderer/db/templates-repo';
import { readTemplateDocx } from '../../../shared/docx/import/read-template';
import { encodeReportFile } from '../../../shared/files/report-file';
import { findTemplate } from '../../../shared/template/find-template';
import { mapQuestions } from '../../../shared/template/question-mapping';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { template2026Docx } from '../../shared/docx/import/template-files';
import { freshDb, template } from './test-db';

const bundled = [template];
const template2026 = async () => readTemplateDocx(await template2026Docx(), 'mall-2026.docx', template).template;

describe('templates kept in the database', () => {
  it('saves a new template, knows it again, and makes a changed one under the same id the next version', async () => {
    const db = freshDb();
    const now = new Date('2026-11-20T10:00:00Z');
    const read = await template2026();
    expect(await saveTemplate(db, read, 'mall-2026.docx', bundled, now)).toEqual({ kind: 'new', template: read });
    expect(await saveTemplate(db, read, 'igen.docx', bundled, now)).toEqual({ kind: 'known', template: read });
    const corrected = { ...read, placeholders: ['Skriv här.'] };
    expect(await saveTemplate(db, corrected, 'rättad.docx', bundled, now)).toEqual({
      kind: 'new',
      template: { ...corrected, version: 2 },
    });
    // The bundled 2025 template read back from Word is the bundled one: nothing stored.
    expect((await saveTemplate(db, template, 'mall-2025.docx', bundled, now)).kind).toBe('known');
    const { templates, errors } = await listStoredTemplates(db);
    expect(errors).toEqual([]);
    expect(templates.map((t) => [t.id, t.version])).toEqual([
      ['resultatredovisning-2026', undefined],
      ['resultatredovisning-2026', 2],
    ]);
  });

  it('reports a damaged stored template instead of using it', async () => {
    const db = freshDb();
    await db.templates.add({
      id: 'trasig',
      version: 1,
      template: { id: 'trasig' },
      source: 'x.docx',
      addedAt: '2026-11-20T10:00:00.000Z',
    });
    const { templates, errors } = await listStoredTemplates(db);
    expect(templates).toEqual([]);
    expect(errors[0]).toMatch(/^Mallen trasig \(version 1, från x\.docx\) i databasen är skadad/);
  });

  it('a report on a stored template travels in its report file and backup to a computer without the template', async () => {
    const db = freshDb();
    const deps = testDeps();
    const t2026 = await template2026();
    await saveTemplate(db, t2026, 'mall-2026.docx', bundled, deps.now());
    const report = await addReport(db, t2026, { year: 2026, organisation: 'Region Västmanland', header: {} }, deps);
    const file = await exportReportFile(db, report.id, deps.now(), t2026);
    expect(file.template).toEqual(t2026);

    const other = freshDb();
    await importReportFile(other, encodeReportFile(file), 'rapport.rvrapport', bundled);
    expect((await listStoredTemplates(other)).templates).toEqual([t2026]);
    expect(
      findTemplate([...bundled, ...(await listStoredTemplates(other)).templates], (await getReport(other, report.id))!),
    ).toEqual(t2026);

    const third = freshDb();
    await restoreBackup(third, await exportBackup(db, deps.now(), '0.1.0'), 'alla.rvbackup');
    expect((await listStoredTemplates(third)).templates).toEqual([t2026]);
    expect(await listAnswers(third, report.id)).toHaveLength(30);
  });

  it('rolls a 2025 report forward onto the 2026 template in one transaction, keeping 6.3 as not placed', async () => {
    const db = freshDb();
    const deps = testDeps();
    const t2026 = await template2026();
    const old = await addReport(db, template, { year: 2025, organisation: 'Region Västmanland', header: {} }, deps);
    const answers = await listAnswers(db, old.id);
    await saveAnswers(
      db,
      old.id,
      answers.map((a) => ({ ...a, content: richText(paragraph(text(`Fjolårets svar på ${a.questionId}.`))) })),
      [],
      deps.now().toISOString(),
    );
    const mapping = mapQuestions(template, t2026);
    const id = await rollReportForward(db, t2026, old.id, () => 'carry', deps, { from: template, mapping });
    const rolled = new Map((await listAnswers(db, id)).map((a) => [a.questionId, richTextToPlain(a.content)]));
    expect(rolled.get('2.3')).toBe('Fjolårets svar på 2.3.');
    expect(rolled.get('2.8')).toBe('');
    expect(rolled.has('6.3')).toBe(false);
    expect(await unplacedText(db, id)).toEqual([
      expect.stringMatching(
        /^Fråga 6\.3 2025 \(finns inte i Resultatredovisning av det regionala utvecklingsarbetet 2026\)/,
      ),
      'Fjolårets svar på 6.3.',
    ]);
    expect(await getReport(db, id)).toMatchObject({ templateId: 'resultatredovisning-2026', year: 2026 });
  });
});
