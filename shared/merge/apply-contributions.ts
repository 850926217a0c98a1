import { checkContribution } from '../files/check-contribution';
import { ExchangeError } from '../files/exchange-error';
import type { ContributionFile } from '../files/exchange-files';
import type { ReportRecords } from '../files/report-file';
import { contributionRecord } from '../files/contribution-record';
import { mergeContribution, stateFor, type MergeDeps } from './merge-answer';
import { findRecord, type MergeRecord } from '../report/merge-record';

/*
 * What the command line's `merge` does to a report file, with the app's rules and the
 * app's merge step: each contribution is checked against the report and kept; then
 * every question it answers is merged into the answer (a department's first revision
 * is all new, a later one is merged three ways against the record's base). Conflicts
 * stay in the answers; the merge records go into the file with them.
 */

export interface AppliedContribution {
  fileName: string;
  department: string;
  revision: number;
  outcome: 'merged' | 'already-imported';
}

export interface ApplyResult {
  records: ReportRecords;
  applied: AppliedContribution[];
  /** Open conflicts after the merge (text, or choice and basis): question and department name. */
  conflicts: { questionId: string; department: string; kind: 'text' | 'choice' }[];
}

/** Applies contribution files (in order of revision) to a report's records; throws ExchangeError on the first file that does not fit. */
export function applyContributions(
  records: ReportRecords,
  files: { name: string; file: ContributionFile }[],
  deps: MergeDeps,
): ApplyResult {
  if (records.report.status === 'signerad') {
    throw new ExchangeError(
      'signed',
      `Rapporten ”${records.report.title}” är signerad: öppna den för ändringar i appen (signaturen upphävs) innan bidrag sammanfogas.`,
    );
  }
  let { answers, contributions } = records;
  let mergeRecords: MergeRecord[] = [...(records.mergeRecords ?? [])];
  const applied: AppliedContribution[] = [];
  const departmentOrder = records.departments.map((d) => d.id);
  const ordered = [...files].sort(
    (a, b) =>
      departmentOrder.indexOf(a.file.department.id) - departmentOrder.indexOf(b.file.department.id) ||
      a.file.revision - b.file.revision,
  );
  for (const { name, file } of ordered) {
    const verdict = checkContribution(file, name, {
      report: records.report.id === file.report.reportId ? records.report : undefined,
      departments: records.departments,
      assignment: records.assignments.find((a) => a.departmentId === file.department.id),
      previous: contributions.filter((c) => c.departmentId === file.department.id),
    });
    const department = records.departments.find((d) => d.id === file.department.id)!.name;
    if (verdict.kind === 'already-imported') {
      applied.push({ fileName: name, department, revision: file.revision, outcome: 'already-imported' });
      continue;
    }
    const contribution = contributionRecord(file, name, records.report.id, deps);
    const known = contributions;
    contributions = [...contributions, contribution];
    answers = answers.map((answer) => {
      const record = findRecord(mergeRecords, answer.questionId, contribution.departmentId);
      const merge = mergeContribution({
        answer,
        state: stateFor(answer, record, contribution.departmentId, known),
        contribution,
        departmentOrder,
        deps,
      });
      if (!merge) return answer;
      mergeRecords = [...mergeRecords.filter((r) => r !== record), merge.record];
      return merge.answer;
    });
    applied.push({ fileName: name, department, revision: file.revision, outcome: 'merged' });
  }
  const names = new Map(records.departments.map((d) => [d.id, d.name]));
  const conflicts: ApplyResult['conflicts'] = answers.flatMap((answer) =>
    answer.content.root.children.flatMap((b) =>
      b.type === 'conflict'
        ? [
            {
              questionId: answer.questionId,
              department: names.get(b.departmentId) ?? b.departmentId,
              kind: 'text' as const,
            },
          ]
        : [],
    ),
  );
  for (const r of mergeRecords)
    if (r.choiceConflict)
      conflicts.push({
        questionId: r.questionId,
        department: names.get(r.departmentId) ?? r.departmentId,
        kind: 'choice',
      });
  return { records: { ...records, answers, contributions, mergeRecords }, applied, conflicts };
}
