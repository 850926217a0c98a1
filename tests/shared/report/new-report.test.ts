import { describe, expect, it } from 'vitest';
import template2025 from '../../../assets/templates/resultatredovisning-2025.json';
import { answerSchema, reportSchema } from '../../../shared/report/report-schema';
import { createReport, duplicateReport } from '../../../shared/report/new-report';
import { parseTemplate } from '../../../shared/template/parse-template';
import { testDeps } from '../fixtures';

const template = parseTemplate(template2025, 'mall');

describe('createReport', () => {
  const input = {
    year: 2025,
    organisation: ' Region Västmanland ',
    header: { datum: '2026-01-21', forvaltning: 'RUF', okand: 'x' },
  };
  const { report, answers } = createReport(template, input, testDeps());

  it('titles the report with the year and keeps only the template header fields', () => {
    expect(report.title).toBe('Resultatredovisning av det regionala utvecklingsarbetet 2025');
    expect(Object.keys(report.header)).toEqual(['forvaltning', 'namn', 'kontakt', 'datum', 'vartDnr', 'ertDnr']);
    expect(report.organisation).toBe('Region Västmanland');
  });

  it('prefills the signature block from the header', () => {
    expect(report.signature).toMatchObject({
      datum: '2026-01-21',
      forvaltning: 'RUF',
      organisation: 'Region Västmanland',
    });
  });

  it('creates one valid empty answer per field', () => {
    expect(answers).toHaveLength(30);
    expect(reportSchema.safeParse(report).success).toBe(true);
    for (const answer of answers) expect(answerSchema.safeParse(answer).success).toBe(true);
  });
});

describe('duplicateReport', () => {
  it('copies answers under a new id and leaves the original as it was', () => {
    const deps = testDeps();
    const original = createReport(template, { year: 2025, organisation: 'Region X', header: {} }, deps);
    const before = JSON.stringify(original);
    const copy = duplicateReport(original.report, original.answers, deps);
    expect(copy.report.id).not.toBe(original.report.id);
    expect(copy.report.title).toMatch(/\(kopia\)$/);
    expect(new Set(copy.answers.map((a) => a.reportId))).toEqual(new Set([copy.report.id]));
    expect(JSON.stringify(original)).toBe(before);
  });
});
