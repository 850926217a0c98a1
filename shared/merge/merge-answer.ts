import type { Contribution, Department } from '../report/organisation-schema';
import type { Answer } from '../report/report-schema';
import { legacyState } from './legacy-state';
import type { MergeRecord, MergeState } from '../report/merge-record';
import { mergeStep, type MergeStepInput, type MergeStepResult } from './merge-step';

/*
 * The merge step on the app's records: an answer, its merge record for the department
 * and the department's contribution. The answer goes back to "utkast" when the merge
 * changed it (a "klar" ticked before no longer describes it), and the record is written
 * with it. Also: which departments have a revision not merged yet, per question.
 */

export interface AnswerMerge {
  answer: Answer;
  record: MergeRecord;
  step: MergeStepResult;
}

export interface MergeDeps {
  now: () => Date;
  newId: () => string;
}

/** A department's newest contribution that answers the question, if any. */
export function latestContribution(
  contributions: readonly Contribution[],
  departmentId: string,
  questionId: string,
): Contribution | undefined {
  let latest: Contribution | undefined;
  for (const c of contributions) {
    if (c.departmentId !== departmentId || !c.answers.some((a) => a.questionId === questionId)) continue;
    if (!latest || c.revision > latest.revision) latest = c;
  }
  return latest;
}

/** The record's state, or for an answer merged before records existed, the state its text shows. */
export function stateFor(
  answer: Answer,
  record: MergeRecord | undefined,
  departmentId: string,
  contributions: readonly Contribution[],
): MergeState | undefined {
  return record ?? legacyState(answer.content, departmentId, answer.questionId, contributions);
}

/** Merges a contribution's answer to this question; undefined when the contribution does not answer it. */
export function mergeContribution(args: {
  answer: Answer;
  state: MergeState | undefined;
  contribution: Contribution;
  departmentOrder: readonly string[];
  insert?: MergeStepInput['insert'];
  deps: MergeDeps;
}): AnswerMerge | undefined {
  const { answer, contribution, deps } = args;
  const theirs = contribution.answers.find((a) => a.questionId === answer.questionId);
  if (!theirs) return undefined;
  const step = mergeStep({
    answer,
    state: args.state,
    departmentId: contribution.departmentId,
    revision: contribution.revision,
    theirs,
    departmentOrder: args.departmentOrder,
    insert: args.insert,
    newId: deps.newId,
  });
  const now = deps.now().toISOString();
  // Comments the department made on text both sides share change no text: the status stays.
  const merged: Answer = step.changed
    ? { ...answer, ...step.answer, status: 'utkast', updatedAt: now }
    : step.marksChanged
      ? { ...answer, content: step.answer.content, updatedAt: now }
      : answer;
  const record: MergeRecord = {
    reportId: answer.reportId,
    questionId: answer.questionId,
    departmentId: contribution.departmentId,
    ...step.state,
    updatedAt: now,
  };
  return { answer: merged, record, step };
}

/** A department with a revision for the question newer than the one merged into it. */
export interface PendingMerge {
  questionId: string;
  department: Department;
  contribution: Contribution;
  /** The revision merged last; undefined when none was. */
  merged: number | undefined;
}

/** Every question and department whose newest contribution is not merged yet, in the register's order of departments. */
export function pendingMerges(
  answers: readonly Answer[],
  records: readonly MergeRecord[],
  contributions: readonly Contribution[],
  departments: readonly Department[],
): PendingMerge[] {
  const pending: PendingMerge[] = [];
  for (const answer of answers) {
    for (const department of departments) {
      const contribution = latestContribution(contributions, department.id, answer.questionId);
      if (!contribution) continue;
      const record = records.find((r) => r.questionId === answer.questionId && r.departmentId === department.id);
      const merged = stateFor(answer, record, department.id, contributions)?.revision;
      if (merged === undefined || merged < contribution.revision)
        pending.push({ questionId: answer.questionId, department, contribution, merged });
    }
  }
  return pending;
}
