import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../renderer/db/backup-repo';
import { saveAnswers } from '../../renderer/db/answers-repo';
import { importContributionFiles } from '../../renderer/db/contributions-repo';
import { listDepartments, saveAssignment } from '../../renderer/db/departments-repo';
import { addImportedReport } from '../../renderer/db/word-import-repo';
import { rollReportForward } from '../../renderer/db/roll-forward-repo';
import { exportReportFile, importReportFile } from '../../renderer/db/report-file-repo';
import { addReport, listAnswers } from '../../renderer/db/reports-repo';
import type { WorkbenchDb } from '../../renderer/db/schema';
import { importDocxReport } from '../../shared/docx/import/read-report';
import { reportFromImport } from '../../shared/docx/import/report-records';
import { buildAssignmentFile, buildContributionFile } from '../../shared/files/build-files';
import { encodeExchangeFile } from '../../shared/files/exchange-files';
import { encodeReportFile } from '../../shared/files/report-file';
import { paragraph, richText, testDeps, text } from '../shared/fixtures';
import { handWrittenDocx } from '../shared/docx/import/word-builder';
import { freshDb, template } from '../renderer/db/test-db';
import { databaseHash } from './db-hash';
import { recordFigure } from './figures';

/*
 * Item 3: every import is one transaction. A failure is injected at each write step in
 * turn (the k-th add/put/bulk write/delete/update); the database must then equal its
 * state before the import, and without a failure the state after it.
 */

const WRITES = ['add', 'put', 'bulkAdd', 'bulkPut', 'update', 'delete', 'bulkDelete', 'clear'] as const;

/** Makes the k-th write on any table (or collection delete) throw; returns how many writes were seen. */
function injectFailure(db: WorkbenchDb, failAt: number): { count: () => number; restore: () => void } {
  let seen = 0;
  const step = () => {
    seen++;
    if (seen === failAt) throw new Error(`injicerat fel vid skrivning ${failAt}`);
  };
  const restores: (() => void)[] = [];
  // Dexie makes table objects per transaction, so the writes are caught on the shared prototype.
  const table = (db as unknown as { Table: { prototype: Record<string, (...args: unknown[]) => unknown> } }).Table
    .prototype;
  for (const name of WRITES) {
    const original = table[name]!;
    table[name] = function (this: unknown, ...args: unknown[]) {
      step();
      return original.apply(this, args);
    };
    restores.push(() => void (table[name] = original));
  }
  const collection = (db as unknown as { Collection: { prototype: Record<string, (...args: unknown[]) => unknown> } })
    .Collection.prototype;
  const originalDelete = collection.delete!;
  collection.delete = function (this: unknown, ...args: unknown[]) {
    step();
    return originalDelete.apply(this, args);
  };
  restores.push(() => void (collection.delete = originalDelete));
  return { count: () => seen, restore: () => restores.forEach((r) => r()) };
}

interface Scenario {
  name: string;
  /** Builds a database and returns the import to run on it. */
  setup: () => Promise<{ db: WorkbenchDb; run: () => Promise<unknown> }>;
}

async function base() {
  const db = freshDb();
  const deps = testDeps();
  const report = await addReport(db, template, { year: 2025, organisation: 'Region Västmanland', header: {} }, deps);
  return { db, deps, report };
}

let fixtures: { contribution: Uint8Array; reportFile: Uint8Array; backup: Uint8Array; docx: Uint8Array } | undefined;
async function files() {
  if (fixtures) return fixtures;
  const { db, deps, report } = await base();
  const folkhalsa = (await listDepartments(db, report.id)).find((d) => d.name === 'Folkhälsa')!;
  const assignment = await saveAssignment(db, report.id, folkhalsa.id, { questionIds: ['1.1'] }, deps);
  const assignmentFile = await buildAssignmentFile({
    report,
    template,
    department: folkhalsa,
    assignment,
    coordinatorName: 'Anna',
    answers: await listAnswers(db, report.id),
    includeStartingPoints: false,
    now: deps.now(),
  });
  const contribution = encodeExchangeFile(
    await buildContributionFile({
      assignment: assignmentFile,
      answers: [
        {
          reportId: 'arbetsyta-01',
          questionId: '1.1',
          content: richText(paragraph(text('Svar.'))),
          choice: null,
          basis: [],
          status: 'klar',
          updatedAt: '2026-01-05T10:00:00.000Z',
        },
      ],
      author: 'Eva',
      revision: 1,
      now: deps.now(),
      newId: deps.newId,
    }),
  );
  const reportFile = encodeReportFile(await exportReportFile(db, report.id, deps.now()));
  const backup = await exportBackup(db, deps.now(), 'test');
  const docx = await handWrittenDocx(template, {
    questionStyle: 'bold',
    boxStyle: 'text',
    answers: { '1.1': 'Svar från Word.' },
  });
  fixtures = { contribution, reportFile, backup, docx };
  return fixtures;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'contribution file',
    setup: async () => {
      const { db, deps, report } = await base();
      const folkhalsa = (await listDepartments(db, report.id)).find((d) => d.name === 'Folkhälsa')!;
      await saveAssignment(db, report.id, folkhalsa.id, { questionIds: ['1.1'] }, deps);
      const { contribution } = await files();
      return {
        db,
        run: async () => {
          const [result] = await importContributionFiles(db, [{ name: 'b.rvbidrag', bytes: contribution }], deps);
          if (result!.outcome !== 'imported')
            throw new Error(result!.outcome === 'refused' ? result!.message : result!.outcome);
        },
      };
    },
  },
  {
    // Restoring into a database whose copy of the report was changed, taking the backup's: the computer's goes to the trash, the backup's replaces it.
    name: 'backup restore',
    setup: async () => {
      const { db, report } = await base();
      const answer = (await listAnswers(db, report.id))[0]!;
      await saveAnswers(
        db,
        report.id,
        [{ ...answer, content: richText(paragraph(text('Nyare än säkerhetskopian.'))) }],
        [],
        '2026-02-01T00:00:00.000Z',
      );
      const { backup } = await files();
      let n = 0;
      return {
        db,
        run: () =>
          restoreBackup(
            db,
            backup,
            'kopia.rvbackup',
            { [report.id]: 'take-backup' },
            { now: () => new Date('2026-02-02T00:00:00Z'), newId: () => `kopia-${String(++n).padStart(6, '0')}` },
          ),
      };
    },
  },
  {
    name: 'report file',
    setup: async () => {
      const db = freshDb();
      const { reportFile } = await files();
      return { db, run: () => importReportFile(db, reportFile, 'r.rvrapport') };
    },
  },
  {
    name: 'Word import',
    setup: async () => {
      const db = freshDb();
      const deps = testDeps();
      const { docx } = await files();
      const records = reportFromImport(template, importDocxReport(docx, 'r.docx', template, deps.newId), 'r', deps);
      return { db, run: () => addImportedReport(db, records, ['ej placerat'], 'r.docx', deps) };
    },
  },
  {
    name: 'roll forward',
    setup: async () => {
      const { db, report } = await base();
      return {
        db,
        run: () =>
          rollReportForward(db, template, report.id, () => 'carry', {
            ...testDeps(),
            newId: (() => {
              let n = 0;
              return () => `ny-${String(++n).padStart(6, '0')}`;
            })(),
          }),
      };
    },
  },
];

describe('import atomicity (reliability 3)', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s: a failure at any write step leaves the database as before',
    { timeout: 300_000 },
    async (_name, scenario) => {
      const clean = await scenario.setup();
      const counter = injectFailure(clean.db, Number.POSITIVE_INFINITY);
      await clean.run();
      const steps = counter.count();
      counter.restore();
      expect(steps).toBeGreaterThan(0);
      let broke = 0;
      for (let k = 1; k <= steps; k++) {
        const attempt = await scenario.setup();
        const before = await databaseHash(attempt.db);
        const injected = injectFailure(attempt.db, k);
        await expect(attempt.run()).rejects.toThrow();
        injected.restore();
        const after = await databaseHash(attempt.db);
        if (after !== before) broke++;
        expect(after, `fel vid skrivning ${k} av ${steps}`).toBe(before);
      }
      recordFigure({
        id: `atomicity-${scenario.name}`,
        what: `import (${scenario.name}): fel vid varje skrivsteg`,
        tries: steps,
        broke,
      });
    },
  );
});
