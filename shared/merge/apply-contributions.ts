import { checkContribution } from '../exchange/check-contribution';
import type { ContributionFile } from '../exchange/exchange-files';
import type { ReportRecords } from '../exchange/report-file';
import type { Contribution } from '../report/organisation-schema';
import { insertContribution } from './insert-contribution';
import { mergedRevision, mergeRevision } from './three-way';

/*
 * What the command line's `merge` does to a report file, with the app's rules: each
 * contribution is checked against the report and kept; then every question it answers
 * is merged: a department's first revision is inserted whole, a later one is merged
 * three ways against the revision merged before. Conflicts stay in the answers.
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
  /** Open conflicts after the merge: question and department name. */
  conflicts: { questionId: string; department: string }[];
}

/** Applies contribution files (in order of revision) to a report's records; throws ExchangeError on the first file that does not fit. */
export function applyContributions(
  records: ReportRecords,
  files: { name: string; file: ContributionFile }[],
  deps: { now: () => Date; newId: () => string },
): ApplyResult {
  let { answers, contributions } = records;
  const applied: AppliedContribution[] = [];
  const ordered = [...files].sort((a, b) => a.file.department.id.localeCompare(b.file.department.id) || a.file.revision - b.file.revision);
  for (const { name, file } of ordered) {
    const previous = contributions.filter((c) => c.departmentId === file.department.id);
    const verdict = checkContribution(file, name, {
      report: records.report.id === file.report.reportId ? records.report : undefined,
      departments: records.departments,
      assignment: records.assignments.find((a) => a.departmentId === file.department.id),
      previous,
    });
    const department = records.departments.find((d) => d.id === file.department.id)!.name;
    if (verdict.kind === 'already-imported') {
      applied.push({ fileName: name, department, revision: file.revision, outcome: 'already-imported' });
      continue;
    }
    const contribution: Contribution = {
      id: deps.newId(),
      reportId: records.report.id,
      departmentId: file.department.id,
      revision: file.revision,
      author: file.author,
      createdAt: file.createdAt,
      importedAt: deps.now().toISOString(),
      fileName: name.slice(0, 255),
      sha256: file.sha256,
      answers: file.answers,
    };
    contributions = [...contributions, contribution];
    answers = answers.map((answer) => {
      if (!file.answers.some((a) => a.questionId === answer.questionId)) return answer;
      const merged = mergedRevision(answer.content, file.department.id);
      if (merged === undefined) return { ...answer, content: insertContribution(answer.content, contribution, answer.questionId, { newId: deps.newId }) };
      if (merged >= file.revision) return answer;
      const base = contributions.find((c) => c.departmentId === file.department.id && c.revision === merged);
      const result = mergeRevision(answer.content, base?.answers.find((a) => a.questionId === answer.questionId)?.content, file.answers.find((a) => a.questionId === answer.questionId)?.content, {
        departmentId: file.department.id,
        revision: file.revision,
        newId: deps.newId,
      });
      const hasConflict = result.content.root.children.some((b) => b.type === 'conflict');
      return { ...answer, content: result.content, status: hasConflict ? 'utkast' : answer.status };
    });
    applied.push({ fileName: name, department, revision: file.revision, outcome: 'merged' });
  }
  const names = new Map(records.departments.map((d) => [d.id, d.name]));
  const conflicts = answers.flatMap((answer) =>
    answer.content.root.children.flatMap((b) => (b.type === 'conflict' ? [{ questionId: answer.questionId, department: names.get(b.departmentId) ?? b.departmentId }] : [])),
  );
  return { records: { ...records, answers, contributions }, applied, conflicts };
}
