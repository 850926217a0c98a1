import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportFile, encodeReportFile, readReportFile, type ReportRecords } from '../../shared/files/report-file';
import { contentHash } from '../../shared/files/checksum';
import { createReport } from '../../shared/report/new-report';
import { paragraph, richText, testDeps, text } from '../shared/fixtures';
import { template } from '../shared/preflight/complete-report';
import { fakeIo } from '../main/cli/fake-io';
import { runCli } from '../../main/cli/cli';
import { recordFigure, runs } from './figures';

/*
 * Content rules, output checks and command-line safety over generated hostile files
 * (reliability rows for #15): report files that break a record rule with a valid
 * checksum are refused; records that would make an unreadable file are never written;
 * the command line never overwrites an input, however its path is spelled, and never
 * prints a name from a file as a line of its own.
 */

const RUNS = runs(500, 60);

function records(): ReportRecords {
  const { report, answers } = createReport(
    template,
    { year: 2025, organisation: 'Region Test', header: {} },
    testDeps(),
  );
  const departments = ['Folkhälsa', 'Analys'].map((name, i) => ({
    id: `avd-${i}-000000`,
    reportId: report.id,
    name,
    contactName: '',
    contactEmail: '',
    createdAt: report.createdAt,
  }));
  return { report, answers, departments, assignments: [], contributions: [] };
}

const breaking = fc.oneof(
  fc.record({ kind: fc.constant('unknown-question' as const), id: fc.constantFrom('9.9', '7.1', '1.9', '6.9a') }),
  fc.record({ kind: fc.constant('double-answer' as const), at: fc.nat(29) }),
  fc.record({ kind: fc.constant('double-department' as const) }),
  fc.record({ kind: fc.constant('assignment-unknown' as const), id: fc.constantFrom('9.9', '8.8') }),
  fc.record({ kind: fc.constant('missing-image' as const), at: fc.nat(29) }),
);

function apply(r: ReportRecords, change: { kind: string; id?: string; at?: number }): ReportRecords {
  const at = (change.at ?? 0) % r.answers.length;
  switch (change.kind) {
    case 'unknown-question':
      return { ...r, answers: [...r.answers, { ...r.answers[0]!, questionId: change.id! }] };
    case 'double-answer':
      return {
        ...r,
        answers: [...r.answers, { ...r.answers[at]!, content: richText(paragraph(text('Ett andra svar.'))) }],
      };
    case 'double-department':
      return { ...r, departments: [...r.departments, { ...r.departments[0]!, name: 'Kopia' }] };
    case 'assignment-unknown':
      return {
        ...r,
        assignments: [
          {
            reportId: r.report.id,
            departmentId: r.departments[0]!.id,
            questionIds: [change.id!],
            deadline: null,
            note: '',
            updatedAt: r.report.createdAt,
          },
        ],
      };
    default:
      return {
        ...r,
        answers: r.answers.map((a, i) =>
          i === at
            ? {
                ...a,
                content: richText(
                  paragraph({
                    type: 'image',
                    version: 1,
                    imageId: 'bild-borta',
                    altText: '',
                    width: null,
                    height: null,
                  }),
                ),
              }
            : a,
        ),
      };
  }
}

describe('hostile report files and the command line (reliability)', () => {
  it(
    `refuses every rule-breaking report file with a valid checksum, and never writes one (${RUNS} generated)`,
    { timeout: 600_000 },
    async () => {
      let accepted = 0;
      let written = 0;
      await fc.assert(
        fc.asyncProperty(breaking, async (change) => {
          const good = await buildReportFile(records(), new Date('2026-01-21T00:00:00Z'), template);
          const { sha256: _s, format, formatVersion, createdAt, ...rest } = good;
          const content = { format, formatVersion, createdAt, ...apply(rest, change) };
          const bytes = encodeReportFile({ ...content, sha256: await contentHash(content) } as never);
          const read = await readReportFile(bytes, 'falsk.rvrapport', [template]).then(
            () => true,
            () => false,
          );
          if (read) accepted++;
          const built = await buildReportFile(
            apply(records(), change),
            new Date('2026-01-21T00:00:00Z'),
            template,
          ).then(
            () => true,
            () => false,
          );
          if (built) written++;
          expect(read).toBe(false);
          expect(built).toBe(false);
        }),
        { numRuns: RUNS },
      );
      recordFigure({
        id: 'content-rules',
        what: 'rapportfiler som bryter innehållsreglerna med giltig kontrollsumma (godtagna)',
        tries: RUNS,
        broke: accepted,
      });
      recordFigure({
        id: 'invalid-output',
        what: 'ogiltiga rapportfiler som skulle ha skrivits (skrivna)',
        tries: RUNS,
        broke: written,
      });
    },
  );

  it(
    `the command line never overwrites an input and never prints a name as a line of its own (${RUNS} generated)`,
    { timeout: 600_000 },
    async () => {
      const base = await buildReportFile(records(), new Date('2026-01-21T00:00:00Z'), template);
      let broke = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('r.rvrapport', './r.rvrapport', 'x/../r.rvrapport', './x/./../r.rvrapport'),
          fc.string({ maxLength: 30 }),
          async (outPath, injected) => {
            const { format: _f, formatVersion: _v, createdAt: _c, sha256: _s, ...rest } = base;
            const named = await buildReportFile(
              { ...rest, report: { ...rest.report, title: `Rapport\n${injected}Skrev allt.rvrapport: klart` } },
              new Date('2026-01-21T00:00:00Z'),
              template,
            ).catch(() => base);
            const bytes = encodeReportFile(named);
            const { io, store, output } = fakeIo({ 'r.rvrapport': bytes, 'x/keep': new Uint8Array([1]) });
            const code = await runCli(['export', 'r.rvrapport', '--docx', outPath], io);
            const overwritten = store.get('r.rvrapport') !== bytes;
            const fakeLine = output()
              .out.split('\n')
              .some((line) => line.startsWith('Skrev allt.rvrapport'));
            if (code !== 2 || overwritten || fakeLine) broke++;
            expect(code).toBe(2);
            expect(overwritten).toBe(false);
            expect(fakeLine).toBe(false);
          },
        ),
        { numRuns: RUNS },
      );
      recordFigure({
        id: 'cli-safety',
        what: 'kommandoraden: utfil som är en indatafil (olika stavningar), namn från filer i utskriften',
        tries: RUNS,
        broke,
      });
    },
  );
});
