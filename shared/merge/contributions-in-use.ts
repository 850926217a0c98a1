import type { MergeRecord } from '../report/merge-record';
import type { Contribution } from '../report/organisation-schema';
import type { Answer } from '../report/report-schema';
import { revisionInText } from './legacy-state';

/*
 * The revisions the document's merge views work from. Per department and question they
 * use the newest revision that answers it (what waits to be merged) and the one before
 * (what the department changed since); an answer merged before merge records existed
 * also needs the revision its text names. Every older revision stays in the database,
 * in backups and in the contributions view; a report that has had twenty departments
 * send five revisions each holds forty in memory instead of a hundred.
 */

/** How many of each department's newest revisions of a question the views use. */
export const REVISIONS_IN_USE = 2;

/** The contributions the merge views use, in the order given. */
export function contributionsInUse(
  contributions: readonly Contribution[],
  answers: readonly Pick<Answer, 'questionId' | 'content'>[],
  records: readonly Pick<MergeRecord, 'questionId' | 'departmentId'>[],
): Contribution[] {
  const keep = new Set<Contribution>();
  const byQuestion = new Map<string, Contribution[]>();
  for (const c of contributions)
    for (const a of c.answers) {
      const key = `${c.departmentId}\u0000${a.questionId}`;
      byQuestion.set(key, [...(byQuestion.get(key) ?? []), c]);
    }
  for (const list of byQuestion.values())
    for (const c of [...list].sort((a, b) => b.revision - a.revision).slice(0, REVISIONS_IN_USE)) keep.add(c);
  const recorded = new Set(records.map((r) => `${r.departmentId}\u0000${r.questionId}`));
  const departments = new Set(contributions.map((c) => c.departmentId));
  for (const answer of answers)
    for (const departmentId of departments) {
      if (recorded.has(`${departmentId}\u0000${answer.questionId}`)) continue;
      const revision = revisionInText(answer.content, departmentId);
      if (revision === undefined) continue;
      for (const c of contributions) if (c.departmentId === departmentId && c.revision === revision) keep.add(c);
    }
  return contributions.filter((c) => keep.has(c));
}
