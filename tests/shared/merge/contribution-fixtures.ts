import type { ContributionFile } from '../../../shared/files/exchange-files';
import type { ReportRecords } from '../../../shared/files/report-file';
import { createReport } from '../../../shared/report/new-report';
import { paragraph, richText, testDeps, text } from '../fixtures';
import { template } from '../preflight/complete-report';

/** A fresh report's records with two departments, each assigned 1.1 and 4.4. */
export function reportRecords(): ReportRecords {
  const deps = testDeps();
  const { report, answers } = createReport(template, { year: 2025, organisation: 'Region Test', header: {} }, deps);
  const at = deps.now().toISOString();
  const departments = ['Digital infrastruktur', 'Infrastruktur'].map((name, i) => ({
    id: `avd-00000${i + 1}`,
    reportId: report.id,
    name,
    contactName: '',
    contactEmail: '',
    createdAt: at,
  }));
  const assignments = departments.map((d) => ({
    reportId: report.id,
    departmentId: d.id,
    questionIds: ['1.1', '4.4'],
    deadline: null,
    note: '',
    updatedAt: at,
  }));
  return { report, answers, departments, assignments, contributions: [] };
}

/** A department's contribution file for the report: one paragraph per question, with stable block ids. */
export function contributionFile(
  records: ReportRecords,
  departmentIndex: number,
  revision: number,
  texts: Record<string, string>,
  sha = `${departmentIndex}${revision}`,
): ContributionFile {
  const department = records.departments[departmentIndex]!;
  const { report } = records;
  return {
    format: 'rapportverkstad-bidrag',
    formatVersion: 1,
    report: {
      reportId: report.id,
      templateId: report.templateId,
      year: report.year,
      organisation: report.organisation,
    },
    department: { id: department.id, name: department.name },
    author: 'Handläggare',
    revision,
    createdAt: '2026-01-10T09:00:00.000Z',
    answers: Object.entries(texts).map(([questionId, value]) => ({
      questionId,
      content: richText({
        ...paragraph(text(value)),
        $: { blockId: `${department.id}-${questionId.replace('.', '-')}` },
      }),
      choice: null,
      basis: [],
      ready: true,
    })),
    sha256: sha.padEnd(64, '0'),
  };
}
