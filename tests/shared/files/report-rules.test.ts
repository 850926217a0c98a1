import { describe, expect, it } from 'vitest';
import {
  buildReportFile,
  encodeReportFile,
  readReportFile,
  type ReportRecords,
} from '../../../shared/files/report-file';
import { contentHash } from '../../../shared/files/checksum';
import { ExchangeError } from '../../../shared/files/exchange-error';
import { createReport } from '../../../shared/report/new-report';
import { paragraph, richText, testDeps, text } from '../fixtures';
import { template } from '../preflight/complete-report';

/*
 * Report files are checked by their content, not only by their checksum (#15, part 2):
 * each of these was accepted with a recomputed checksum before. And nothing is written
 * that the reader would refuse.
 */

function records(): ReportRecords {
  const deps = testDeps();
  const { report, answers } = createReport(template, { year: 2025, organisation: 'Region Test', header: {} }, deps);
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

/** A file with the change made and its checksum recomputed, as a forger would. */
async function forged(change: (r: ReportRecords) => ReportRecords): Promise<Uint8Array> {
  const good = await buildReportFile(records(), new Date('2026-01-21T00:00:00Z'), template);
  const { sha256: _s, format, formatVersion, createdAt, ...rest } = good;
  const content = { format, formatVersion, createdAt, ...change(rest) };
  return encodeReportFile({ ...content, sha256: await contentHash(content) } as never);
}

const contribution = (departmentId: string, revision: number, id: string, questionId = '1.1') => ({
  id,
  reportId: records().report.id,
  departmentId,
  revision,
  author: 'Eva',
  createdAt: '2026-01-05T10:00:00.000Z',
  importedAt: '2026-01-05T10:00:00.000Z',
  fileName: 'b.rvbidrag',
  sha256: 'a'.repeat(64),
  answers: [{ questionId, content: richText(paragraph(text('x'))), choice: null, basis: [], ready: true }],
});

describe('report file content rules', () => {
  it.each<[string, (r: ReportRecords) => ReportRecords, RegExp]>([
    [
      'an answer to a question not in the template',
      (r) => ({ ...r, answers: [...r.answers, { ...r.answers[0]!, questionId: '9.9' }] }),
      /svar på 9\.9, som inte finns i mallen/,
    ],
    [
      'two answers to 1.1',
      (r) => ({
        ...r,
        answers: [...r.answers, { ...r.answers[0]!, content: richText(paragraph(text('Det andra svaret'))) }],
      }),
      /fråga 1\.1 har fler än ett svar/,
    ],
    [
      'an assignment of 9.9',
      (r) => ({
        ...r,
        assignments: [
          {
            reportId: r.report.id,
            departmentId: r.departments[0]!.id,
            questionIds: ['9.9'],
            deadline: null,
            note: '',
            updatedAt: r.report.createdAt,
          },
        ],
      }),
      /gäller 9\.9, som inte finns i mallen/,
    ],
    [
      'two departments with the same id',
      (r) => ({ ...r, departments: [...r.departments, { ...r.departments[0]!, name: 'Kopia' }] }),
      /avdelnings-id avd-0-000000 finns två gånger/,
    ],
    [
      'two contributions with the same department and revision',
      (r) => ({
        ...r,
        contributions: [
          contribution(r.departments[0]!.id, 1, 'bidrag-0001'),
          contribution(r.departments[0]!.id, 1, 'bidrag-0002'),
        ],
      }),
      /bidraget avd-0-000000 version 1 finns två gånger/,
    ],
    [
      'a contribution answering 9.9',
      (r) => ({ ...r, contributions: [contribution(r.departments[0]!.id, 1, 'bidrag-0001', '9.9')] }),
      /svarar på 9\.9, som inte finns i mallen/,
    ],
    [
      'an image the text shows but the file lacks',
      (r) => ({
        ...r,
        answers: r.answers.map((a, i) =>
          i === 0
            ? {
                ...a,
                content: richText(
                  paragraph({
                    type: 'image',
                    version: 1,
                    imageId: 'bild-saknas',
                    altText: '',
                    width: null,
                    height: null,
                  }),
                ),
              }
            : a,
        ),
      }),
      /bilder som saknas i filen \(bild-saknas\)/,
    ],
  ])('refuses %s, naming the file', async (_name, change, message) => {
    const bytes = await forged(change);
    const read = readReportFile(bytes, 'falsk.rvrapport', [template]);
    await expect(read).rejects.toThrow(ExchangeError);
    await expect(read).rejects.toThrow(/^falsk\.rvrapport: rapportfilen är ogiltig: /);
    await expect(read).rejects.toThrow(message);
  });

  it('keeps a file’s text but not its control characters', async () => {
    const bytes = await forged((r) => ({
      ...r,
      answers: r.answers.map((a, i) =>
        i === 0 ? { ...a, content: richText(paragraph(text('Före\u000B\u0001efter\uFFFE'))) } : a,
      ),
    }));
    const file = await readReportFile(bytes, 'styrtecken.rvrapport', [template]);
    expect(JSON.stringify(file.answers[0]!.content)).toContain('"text":"Föreefter"');
  });

  it('reads the untouched file', async () => {
    await expect(readReportFile(await forged((r) => r), 'rätt.rvrapport', [template])).resolves.toBeDefined();
  });

  it.each<[string, (r: ReportRecords) => ReportRecords, RegExp]>([
    [
      'an answer of 5,001 blocks (a merge that grew too far)',
      (r) => ({
        ...r,
        answers: r.answers.map((a, i) =>
          i === 0 ? { ...a, content: richText(...Array.from({ length: 5_001 }, () => paragraph(text('s')))) } : a,
        ),
      }),
      /Rapportfilen skrivs inte/,
    ],
    [
      'a text node of 10 MB',
      (r) => ({
        ...r,
        answers: r.answers.map((a, i) =>
          i === 0 ? { ...a, content: richText(paragraph(text('x'.repeat(10 * 1024 * 1024)))) } : a,
        ),
      }),
      /Rapportfilen skrivs inte/,
    ],
    [
      'two answers to 1.1',
      (r) => ({ ...r, answers: [...r.answers, r.answers[0]!] }),
      /fråga 1\.1 har fler än ett svar/,
    ],
  ])('never writes a file it could not read again: %s', async (_name, change, message) => {
    await expect(buildReportFile(change(records()), new Date('2026-01-21T00:00:00Z'), template)).rejects.toThrow(
      message,
    );
  });
});
