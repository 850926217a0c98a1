import type { Assignment, Contribution, Department } from '../report/organisation-schema';
import type { Answer, Report } from '../report/report-schema';
import type { Template } from '../template/template-schema';
import type { MergeRecord } from '../report/merge-record';
import type { CommentThread } from '../review/comment-schema';

/*
 * A preflight finding: which rule, how bad, where (a question or a header/signature
 * field) and what to do, in Swedish. Signing is allowed only when no finding is "fel".
 */

export const PREFLIGHT_RULES = [
  'unanswered',
  'placeholder',
  'missing-basis',
  'missing-choice',
  'broken-reference',
  'date-mismatch',
  'unresolved-conflict',
  'missing-contribution',
  'empty-heading',
  'too-long',
  'open-comment',
] as const;
export type PreflightRule = (typeof PREFLIGHT_RULES)[number];
export type Severity = 'fel' | 'varning';

export interface Finding {
  rule: PreflightRule;
  severity: Severity;
  /** The answer field ("1.5", "5.1a"), or null for a header or signature finding. */
  questionId: string | null;
  /** A header field id ("vartDnr") or signature field ("signatur.datum"), or null for an answer finding. */
  field: string | null;
  message: string;
}

/** Everything the rules look at. */
export interface PreflightInput {
  template: Template;
  report: Report;
  answers: readonly Answer[];
  departments: readonly Department[];
  assignments: readonly Assignment[];
  contributions: readonly Contribution[];
  /** The answers' merge records, for open choice conflicts (none when not given). */
  mergeRecords?: readonly Pick<MergeRecord, 'questionId' | 'departmentId' | 'choiceConflict'>[];
  /** The report's comment threads (none when not given). */
  comments?: readonly Pick<CommentThread, 'questionId' | 'resolution'>[];
}

/** A finding about an answer field. */
export function answerFinding(rule: PreflightRule, severity: Severity, questionId: string, message: string): Finding {
  return { rule, severity, questionId, field: null, message };
}

/** A finding about a header or signature field. */
export function fieldFinding(rule: PreflightRule, severity: Severity, field: string, message: string): Finding {
  return { rule, severity, questionId: null, field, message };
}

/** True when signing must wait: some finding is an error. */
export function blocksSigning(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'fel');
}
