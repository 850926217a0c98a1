import { mergeContribution, stateFor, type AnswerMerge, type PendingMerge } from '../../shared/merge/merge-answer';
import type { MergeStepInput } from '../../shared/merge/merge-step';
import { findRecord, type MergeRecord } from '../../shared/report/merge-record';
import type { Contribution, Department } from '../../shared/report/organisation-schema';
import type { Answer, Snapshot } from '../../shared/report/report-schema';
import { appDeps } from '../app/deps';
import { writeMerge, type MergeUndo, type MergeWrite } from '../db/merge-repo';
import type { WorkbenchDb } from '../db/schema';
import type { AnswerHandle } from '../editor/answer-handle';

/*
 * The app's side of the one merge step (shared/merge): read the answers from their
 * editors, merge, write answers and merge records in one transaction, then show the
 * result in the editors. Several merges of one question (Sammanfoga alla) chain in
 * memory. The returned undo puts answers and records back in one write as well.
 */

export interface MergeContext {
  db: WorkbenchDb;
  reportId: string;
  records: readonly MergeRecord[];
  contributions: readonly Contribution[];
  departments: readonly Department[];
  getHandle: (questionId: string) => AnswerHandle | undefined;
  /** Who merges: named on the history version taken before. */
  by?: string;
}

export interface MergeRequest {
  questionId: string;
  contribution: Contribution;
  insert?: MergeStepInput['insert'];
}

/** Runs the merge step for each request against the answers as they are now; nothing is written. */
export function planMerges(
  ctx: MergeContext,
  requests: readonly MergeRequest[],
  answersNow?: Map<string, Answer>,
): { merges: (AnswerMerge & { request: MergeRequest })[]; answers: Map<string, Answer>; records: MergeRecord[] } {
  const answers = new Map(answersNow);
  const records = [...ctx.records];
  const order = ctx.departments.map((d) => d.id);
  const merges: (AnswerMerge & { request: MergeRequest })[] = [];
  for (const request of requests) {
    const answer = answers.get(request.questionId) ?? ctx.getHandle(request.questionId)?.currentAnswer();
    if (!answer) continue;
    const departmentId = request.contribution.departmentId;
    const record = findRecord(records, request.questionId, departmentId);
    const merge = mergeContribution({
      answer,
      state: stateFor(answer, record, departmentId, ctx.contributions),
      contribution: request.contribution,
      departmentOrder: order,
      insert: request.insert,
      deps: appDeps,
    });
    if (!merge || merge.step.outcome === 'no-op') continue;
    answers.set(request.questionId, merge.answer);
    records.splice(record ? records.indexOf(record) : records.length, record ? 1 : 0, merge.record);
    merges.push({ ...merge, request });
  }
  return { merges, answers, records };
}

/** Merges, writes and shows the result; returns the number of answers changed and an undo for all of them. */
export async function runMerges(
  ctx: MergeContext,
  requests: readonly MergeRequest[],
): Promise<{ merged: number; undo: () => Promise<void> }> {
  const before = new Map(
    requests.flatMap((r) => {
      const answer = ctx.getHandle(r.questionId)?.currentAnswer();
      return answer ? [[r.questionId, answer] as const] : [];
    }),
  );
  const { merges, answers } = planMerges(ctx, requests, before);
  if (merges.length === 0) return { merged: 0, undo: async () => {} };
  const touched = [...new Set(merges.map((m) => m.request.questionId))];
  const latestRecords = new Map(merges.map((m) => [`${m.record.questionId}/${m.record.departmentId}`, m.record]));
  const createdAt = appDeps.now().toISOString();
  const names = new Map(ctx.departments.map((d) => [d.id, d.name]));
  const versions = touched.map((q): Snapshot => {
    const { reportId, questionId, content, choice, basis } = before.get(q)!;
    const merged = merges
      .filter((m) => m.request.questionId === q)
      .map(
        (m) => `${names.get(m.request.contribution.departmentId) ?? 'avdelning'} v${m.request.contribution.revision}`,
      );
    return {
      reportId,
      questionId,
      content,
      choice,
      basis,
      createdAt,
      reason: 'fore-sammanfogning',
      label: `före sammanfogning av ${merged.join(', ')}`.slice(0, 300),
      ...(ctx.by && { by: ctx.by.slice(0, 200) }),
    };
  });
  const write: MergeWrite = {
    answers: touched.map((q) => answers.get(q)!),
    records: [...latestRecords.values()],
    versions,
  };
  const undoWrite = await writeMerge(ctx.db, ctx.reportId, write);
  for (const q of touched) ctx.getHandle(q)?.apply(answers.get(q)!);
  // The answers as the editors held them (autosave may not have written the newest typing yet).
  const previous = touched.map((q) => before.get(q)!);
  return { merged: touched.length, undo: undoOf(ctx.db, ctx.reportId, ctx.getHandle, previous, undoWrite) };
}

/**
 * The undo of a run, made apart from it: a closure keeps every variable its function's
 * other closures use, and the run's would hold the whole merge (every step and preview)
 * for as long as "Ångra" is offered. This one holds the answers before and the records.
 */
function undoOf(
  db: WorkbenchDb,
  reportId: string,
  getHandle: MergeContext['getHandle'],
  previous: Answer[],
  undoWrite: MergeUndo,
): () => Promise<void> {
  return async () => {
    await writeMerge(db, reportId, { ...undoWrite, answers: previous });
    for (const answer of previous) getHandle(answer.questionId)?.apply(answer);
  };
}

/** The requests that bring every question up to each department's newest revision, in the register's order. */
export function requestsFor(pending: readonly PendingMerge[]): MergeRequest[] {
  return pending.map((p) => ({ questionId: p.questionId, contribution: p.contribution }));
}
