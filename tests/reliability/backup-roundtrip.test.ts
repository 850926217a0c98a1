import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, readWorkspace, restoreBackup } from '../../renderer/db/backup-repo';
import { saveAssignment, listDepartments } from '../../renderer/db/departments-repo';
import { addImage } from '../../renderer/db/images-repo';
import { addReport, listAnswers } from '../../renderer/db/reports-repo';
import { saveAnswers } from '../../renderer/db/answers-repo';
import { paragraph, richText, testDeps, text } from '../shared/fixtures';
import { freshDb, template } from '../renderer/db/test-db';
import { recordFigure, runs } from './figures';

/*
 * Item 6: backup and restore with generated data. Workspaces of several reports with
 * answers in any script, versions, images and assignments are written to a backup,
 * restored into an empty profile, and read back deep-equal.
 */

const RUNS = runs(60, 8);
const answerText = fc.string({ unit: 'grapheme', maxLength: 300 });

describe('backup and restore (reliability 6)', () => {
  it(
    `an exported workspace restores deep-equal into an empty profile (${RUNS} generated workspaces)`,
    { timeout: 600_000 },
    async () => {
      let broke = 0;
      let tries = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              organisation: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
              texts: fc.array(answerText, { minLength: 1, maxLength: 5 }),
              image: fc.boolean(),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          async (reports) => {
            tries++;
            const db = freshDb();
            const deps = testDeps();
            for (const spec of reports) {
              const report = await addReport(
                db,
                template,
                { year: 2025, organisation: spec.organisation, header: { vartDnr: 'RUF 1' } },
                deps,
              );
              const answers = await listAnswers(db, report.id);
              const changed = answers
                .slice(0, spec.texts.length)
                .map((a, i) => ({ ...a, content: richText(paragraph(text(spec.texts[i]!))) }));
              await saveAnswers(
                db,
                report.id,
                changed,
                changed.map((a) => ({
                  reportId: a.reportId,
                  questionId: a.questionId,
                  createdAt: deps.now().toISOString(),
                  reason: 'paus' as const,
                  content: a.content,
                  choice: a.choice,
                  basis: a.basis,
                })),
                deps.now().toISOString(),
              );
              if (spec.image)
                await addImage(
                  db,
                  report.id,
                  new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3])], { type: 'image/png' }),
                  'bild.png',
                  deps,
                );
              const [department] = await listDepartments(db, report.id);
              await saveAssignment(db, report.id, department!.id, { questionIds: ['1.1'] }, deps);
            }
            const before = await readWorkspace(db);
            const target = freshDb();
            await restoreBackup(target, await exportBackup(db, deps.now(), 'test'), 'kopia.rvbackup');
            const after = await readWorkspace(target);
            const equal = JSON.stringify(after) === JSON.stringify(before) || (expect(after).toEqual(before), true);
            if (!equal) broke++;
          },
        ),
        { numRuns: RUNS },
      );
      recordFigure({
        id: 'backup-roundtrip',
        what: 'säkerhetskopia → tom profil → återställning, genererade arbetsytor',
        tries,
        broke,
      });
    },
  );
});
