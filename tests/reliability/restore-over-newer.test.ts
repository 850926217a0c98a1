import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveAnswers } from '../../renderer/db/answers-repo';
import { exportBackup, restoreBackup, type RestoreChoice } from '../../renderer/db/backup-repo';
import { addReport, listAnswers, listReports, listTrash } from '../../renderer/db/reports-repo';
import type { WorkbenchDb } from '../../renderer/db/schema';
import { richTextToPlain } from '../../shared/report/rich-text-plain';
import { paragraph, richText, testDeps, text } from '../shared/fixtures';
import { freshDb, template } from '../renderer/db/test-db';
import { recordFigure, runs } from './figures';

/*
 * Restore over newer work: generated workspaces are backed up, then some answers are
 * changed on the computer, then the backup is restored with a generated choice per
 * report. Whatever the choice, no text that was on the computer before the restore is
 * lost (it is in a report or in the trash), and the backup's text is there unless the
 * computer's was kept.
 */

const RUNS = runs(60, 8);
const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö]{1,12}$/);

async function allTexts(db: WorkbenchDb): Promise<Set<string>> {
  const texts = new Set<string>();
  for (const report of [...(await listReports(db)), ...(await listTrash(db))])
    for (const a of await listAnswers(db, report.id)) texts.add(richTextToPlain(a.content));
  return texts;
}

describe('restore over newer work (reliability)', () => {
  it(
    `loses nothing written after the backup, whatever is chosen (${RUNS} generated workspaces)`,
    { timeout: 600_000 },
    async () => {
      let tries = 0;
      let lost = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              texts: fc.array(word, { minLength: 1, maxLength: 4 }),
              edits: fc.array(fc.tuple(fc.nat(29), word), { maxLength: 3 }),
              choice: fc.constantFrom<RestoreChoice | undefined>(undefined, 'keep-local', 'take-backup', 'keep-both'),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          async (specs) => {
            tries++;
            const db = freshDb();
            const deps = { ...testDeps(), newId: () => crypto.randomUUID() };
            const ids: string[] = [];
            for (const [n, spec] of specs.entries()) {
              const report = await addReport(
                db,
                template,
                { year: 2025, organisation: `Region ${n}`, header: {} },
                deps,
              );
              ids.push(report.id);
              const answers = await listAnswers(db, report.id);
              const written = answers
                .slice(0, spec.texts.length)
                .map((a, i) => ({ ...a, content: richText(paragraph(text(`${n}-backup-${spec.texts[i]}`))) }));
              await saveAnswers(db, report.id, written, [], deps.now().toISOString());
            }
            const backup = await exportBackup(db, deps.now(), 'test');
            for (const [n, spec] of specs.entries()) {
              const answers = await listAnswers(db, ids[n]!);
              const edited = spec.edits.map(([q, w], i) => ({
                ...answers[q]!,
                content: richText(paragraph(text(`${n}-newer-${i}-${w}`))),
              }));
              if (edited.length > 0) await saveAnswers(db, ids[n]!, edited, [], deps.now().toISOString());
            }
            const before = await allTexts(db);
            const choices = Object.fromEntries(specs.flatMap((s, n) => (s.choice ? [[ids[n]!, s.choice]] : [])));
            await restoreBackup(db, backup, 'kopia.rvbackup', choices, deps);
            const after = await allTexts(db);
            const missing = [...before].filter((t) => !after.has(t));
            const backupMissing = specs
              .flatMap((s, n) =>
                s.choice === 'take-backup' || s.choice === 'keep-both' ? s.texts.map((w) => `${n}-backup-${w}`) : [],
              )
              .filter((t) => !after.has(t));
            if (missing.length > 0 || backupMissing.length > 0) lost++;
            expect(missing).toEqual([]);
            expect(backupMissing).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
      recordFigure({
        id: 'restore-over-newer',
        what: 'återställning över nyare arbete, genererade val per rapport (texter förlorade)',
        tries,
        broke: lost,
      });
    },
  );
});
