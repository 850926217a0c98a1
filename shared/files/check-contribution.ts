import type { Assignment, Contribution, Department } from '../report/organisation-schema';
import type { Report } from '../report/report-schema';
import { ExchangeError } from './exchange-error';
import type { ContributionFile } from './exchange-files';

/*
 * Whether a well-formed contribution file fits the coordinator's database: the report
 * it names exists (same template and year), its department is one the report knows,
 * every question was assigned to that department, and its revision is newer than any
 * imported before (the same revision again, byte for byte, is "already imported").
 */

export interface ContributionContext {
  report: Report | undefined;
  departments: Department[];
  assignment: Assignment | undefined;
  /** Revisions already imported from this department for this report. */
  previous: Pick<Contribution, 'revision' | 'sha256'>[];
}

export type ContributionVerdict = { kind: 'new' } | { kind: 'already-imported' };

/** Decides whether the file can be imported; throws ExchangeError with the reason when not. */
export function checkContribution(
  file: ContributionFile,
  fileName: string,
  context: ContributionContext,
): ContributionVerdict {
  const { report, departments, assignment, previous } = context;
  if (
    !report ||
    report.deletedAt !== null ||
    report.templateId !== file.report.templateId ||
    report.year !== file.report.year
  ) {
    throw new ExchangeError(
      'unknown-report',
      `${fileName}: bidraget hör till en annan rapport (${file.report.organisation} ${file.report.year}) än någon på den här datorn.`,
    );
  }
  const department = departments.find((d) => d.id === file.department.id);
  if (!department) {
    throw new ExchangeError(
      'unknown-department',
      `${fileName}: avdelningen ”${file.department.name}” finns inte i rapporten.`,
    );
  }
  const assigned = new Set(assignment?.questionIds ?? []);
  const unassigned = file.answers.map((a) => a.questionId).filter((id) => !assigned.has(id));
  if (unassigned.length > 0) {
    throw new ExchangeError(
      'unassigned-question',
      `${fileName}: ${department.name} har inte fått ${unassigned.length === 1 ? 'frågan' : 'frågorna'} ${unassigned.join(', ')}.`,
    );
  }
  const same = previous.find((p) => p.revision === file.revision);
  if (same && same.sha256 === file.sha256) return { kind: 'already-imported' };
  const newest = Math.max(0, ...previous.map((p) => p.revision));
  if (file.revision <= newest) {
    throw new ExchangeError(
      'old-revision',
      `${fileName}: version ${file.revision} från ${department.name} är inte nyare än den senast importerade (version ${newest}).`,
    );
  }
  return { kind: 'new' };
}
