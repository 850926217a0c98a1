import type { RichText } from '../report/content-schema';
import type { Answer, Report } from '../report/report-schema';
import type { Assignment, Department } from '../report/organisation-schema';
import { listAnswerFields } from '../template/answer-fields';
import type { Template } from '../template/template-schema';
import { ensureBlockIds } from '../report/block-ids';
import type { z } from 'zod';
import { describeProblems } from './json-file';
import { ExchangeError } from './exchange-error';
import {
  assignmentFileSchema,
  contributionFileSchema,
  sealFile,
  type AssignmentFile,
  type ContributionFile,
  ASSIGNMENT_FORMAT,
  CONTRIBUTION_FORMAT,
  EXCHANGE_VERSION,
  REVIEW_EXCHANGE_VERSION,
  type ReturnedContribution,
} from './exchange-files';
import { contentWithoutMarks } from '../report/content-marks';
import type { CommentThread } from '../review/comment-schema';

/*
 * Building the exchanged files from the app's records. Both are sealed with the
 * checksum of their canonical content.
 */

export interface AssignmentInput {
  report: Report;
  template: Template;
  department: Department;
  assignment: Assignment;
  coordinatorName: string;
  /** The report's current answers, sent as starting points when `includeStartingPoints` is set. */
  answers: Answer[];
  includeStartingPoints: boolean;
  now: Date;
  /** A return of the department's contribution: its text with the comments marked, and the comment threads. */
  review?: { returned: ReturnedContribution; comments: CommentThread[] };
}

/** The assignment file for one department: its questions from the template, deadline, note and optional starting texts. */
export function buildAssignmentFile(input: AssignmentInput): Promise<AssignmentFile> {
  const { report, template, department, assignment } = input;
  const wanted = new Set(assignment.questionIds);
  const titles = new Map(template.sections.map((s) => [s.number, s.title]));
  const answers = new Map(input.answers.map((a) => [a.questionId, a]));
  const questions = listAnswerFields(template)
    .filter((field) => wanted.has(field.id))
    .map((field) => ({
      id: field.id,
      kind: field.kind,
      sectionNumber: field.sectionNumber,
      sectionTitle: titles.get(field.sectionNumber) ?? '',
      text: field.text,
      ...(field.groupText !== undefined && { groupText: field.groupText }),
      ...(field.instruction !== undefined && { instruction: field.instruction }),
      ...(field.footnote !== undefined && { footnote: field.footnote.text }),
      // The coordinator's comment marks stay at home: comments travel with a return, on the department's own text.
      startingPoint: input.includeStartingPoints ? withoutComments(answers.get(field.id)?.content) : null,
    }));
  return checkedBeforeWriting(assignmentFileSchema, 'Uppdragsfilen', {
    format: ASSIGNMENT_FORMAT,
    formatVersion: input.review ? REVIEW_EXCHANGE_VERSION : EXCHANGE_VERSION,
    report: {
      reportId: report.id,
      templateId: report.templateId,
      ...(report.templateVersion !== undefined && { templateVersion: report.templateVersion }),
      year: report.year,
      organisation: report.organisation,
      title: report.title,
    },
    department: { id: department.id, name: department.name },
    coordinator: { name: input.coordinatorName.trim() },
    note: assignment.note,
    deadline: assignment.deadline,
    basisOptions: template.basisOptions,
    questions,
    createdAt: input.now.toISOString(),
    ...(input.review && { returned: input.review.returned, comments: input.review.comments }),
  } as const);
}

export interface ContributionInput {
  assignment: AssignmentFile;
  answers: Answer[];
  author: string;
  revision: number;
  now: Date;
  newId: () => string;
  /** The workspace's comment threads; marks of any other comment are left out of the text. */
  comments?: CommentThread[];
}

/** The contribution file of a department's workspace: every assigned answer with a stable id on each block. */
export function buildContributionFile(input: ContributionInput): Promise<ContributionFile> {
  const { assignment } = input;
  const comments = (input.comments ?? []).filter((c) => assignment.questions.some((q) => q.id === c.questionId));
  const known = new Set(comments.map((c) => c.id));
  const byQuestion = new Map(input.answers.map((a) => [a.questionId, a]));
  const answers = assignment.questions.map((question) => {
    const answer = byQuestion.get(question.id);
    const content: RichText = answer?.content ?? {
      root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [] },
    };
    return {
      questionId: question.id,
      content: ensureBlockIds(
        contentWithoutMarks(content, (id) => known.has(id)),
        input.newId,
      ),
      choice: answer?.choice ?? null,
      basis: answer?.basis ?? [],
      ready: answer?.status === 'klar',
    };
  });
  const { reportId, templateId, templateVersion, year, organisation } = assignment.report;
  return checkedBeforeWriting(contributionFileSchema, 'Bidragsfilen', {
    format: CONTRIBUTION_FORMAT,
    formatVersion: comments.length > 0 ? REVIEW_EXCHANGE_VERSION : EXCHANGE_VERSION,
    report: { reportId, templateId, ...(templateVersion !== undefined && { templateVersion }), year, organisation },
    department: assignment.department,
    author: input.author.trim(),
    revision: input.revision,
    createdAt: input.now.toISOString(),
    answers,
    ...(comments.length > 0 && { comments }),
  } as const);
}

function withoutComments(content: RichText | undefined): RichText | null {
  return content ? contentWithoutMarks(content) : null;
}

/** Seals a file and checks it with the schema its reader uses: a file the other side could not open is never written. */
async function checkedBeforeWriting<T>(
  schema: z.ZodType<T>,
  what: string,
  content: Record<string, unknown>,
): Promise<T> {
  const sealed = await sealFile(content);
  const result = schema.safeParse(sealed);
  if (!result.success)
    throw new ExchangeError(
      'invalid',
      `${what} skrivs inte, eftersom den inte skulle gå att läsa: ${describeProblems(result.error)}.`,
    );
  return result.data;
}
