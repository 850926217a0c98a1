import { imageIdsIn, renameImages } from './content-images';
import type { RichText } from './content-schema';
import { contentWithoutMarks } from './content-marks';
import { emptyAnswer, reportTitle } from './new-report';
import type { Deps } from './deps';
import type { Assignment, Department } from './organisation-schema';
import type { Answer, Report, Snapshot } from './report-schema';
import type { Template } from '../template/template-schema';
import { listAnswerFields, type AnswerField } from '../template/answer-fields';
import { templateRef } from '../template/find-template';
import type { QuestionMapping } from '../template/question-mapping';
import { richTextToPlain } from './rich-text-plain';

/*
 * "Ny rapport från föregående år": last year's report copied to the next year. Header
 * fields that belong to one year's document (dates, case numbers) are cleared, the rest
 * carried; each answer is carried over as a starting draft, every block marked as last
 * year's text until edited, or left empty, as chosen per question. Either way last
 * year's text of every question is kept as a comparison point (a pinned version). Onto
 * another template, each question takes the text of the question it continues (see
 * question-mapping.ts), and so does its comparison point. Departments and assignments
 * come along (deadlines, sending, returns and approvals cleared, questions mapped);
 * contributions and history do not.
 */

export type CarryChoice = 'carry' | 'empty';

export interface RolledReport {
  report: Report;
  answers: Answer[];
  departments: Department[];
  assignments: Assignment[];
  /** Last year's text of every question, kept with the new report as a comparison point. */
  baselines: Snapshot[];
  /** Old image id → new image id, for the images the carried answers and last year's texts use. */
  images: Map<string, string>;
  /** The text of last year's questions the new template dropped, kept with the report as not placed. */
  unplaced: string[];
}

/** True for header fields that are particular to one year's document: dates and case numbers. */
export function isYearlyField(field: { id: string; label: string; format?: string }): boolean {
  return field.format === 'date' || /dnr|diarienummer/i.test(field.label) || /dnr/i.test(field.id);
}

function markPrior(content: RichText, year: number): RichText {
  return {
    root: {
      ...content.root,
      children: content.root.children.map((block) => ({ ...block, $: { ...block.$, prior: year } })),
    },
  };
}

/** Which of last year's questions each question of the new report continues (by id on the same template). */
export interface RollMapping {
  /** The template last year's report was written on. */
  from: Template;
  mapping: QuestionMapping;
}

function droppedText(field: AnswerField, answer: Answer, year: number, target: Template): string[] {
  const lines = richTextToPlain(contentWithoutMarks(answer.content))
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return [];
  return [`Fråga ${field.id} ${year} (finns inte i ${target.name}): ${field.text}`, ...lines];
}

/**
 * The next year's report from last year's, each answer carried or emptied as chosen. On
 * another template, `roll` says which of last year's questions each one continues; the
 * text of a dropped question is returned as not placed, never lost.
 */
export function rollForward(
  template: Template,
  previous: {
    report: Report;
    answers: readonly Answer[];
    departments: readonly Department[];
    assignments: readonly Assignment[];
  },
  choose: (questionId: string) => CarryChoice,
  deps: Deps,
  roll?: RollMapping,
): RolledReport {
  const now = deps.now().toISOString();
  const old = previous.report;
  const year = old.year + 1;
  const header = Object.fromEntries(
    template.header.map((field) => [field.id, isYearlyField(field) ? '' : (old.header[field.id] ?? '')]),
  );
  const { templateVersion: _lastYears, ...kept } = old;
  const report: Report = {
    ...kept,
    id: deps.newId(),
    ...templateRef(template),
    year,
    title: reportTitle(template, year),
    header,
    signature: { ...old.signature, datum: '' },
    status: 'utkast',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const fields = listAnswerFields(template);
  const oldAnswers = new Map(previous.answers.map((a) => [a.questionId, a]));
  const sources = new Map(roll ? roll.mapping.pairs.map((p) => [p.to, p.from]) : fields.map((f) => [f.id, f.id]));
  const images = new Map<string, string>();
  const renamed = (content: RichText) => {
    for (const id of imageIdsIn(content)) if (!images.has(id)) images.set(id, deps.newId());
    // Last year's comments stay with last year's report: their marks are not carried.
    return renameImages(contentWithoutMarks(content), images);
  };
  const answers: Answer[] = [];
  const baselines: Snapshot[] = [];
  for (const field of fields) {
    const fromId = sources.get(field.id) ?? null;
    const source = fromId === null ? undefined : oldAnswers.get(fromId);
    const empty = emptyAnswer(report.id, field.id, now);
    if (!source) {
      answers.push(empty);
      continue;
    }
    const choice = field.kind === 'yesno' ? source.choice : null;
    const basis = field.kind === 'effect' ? source.basis.filter((b) => template.basisOptions.includes(b)) : [];
    answers.push(
      choose(field.id) === 'empty'
        ? empty
        : { ...empty, content: markPrior(renamed(source.content), old.year), choice, basis },
    );
    // Last year's text stays readable beside this year's, also for a question started empty.
    const label = fromId === field.id ? String(old.year) : `${old.year} · fråga ${fromId}`;
    baselines.push({
      reportId: report.id,
      questionId: field.id,
      createdAt: now,
      reason: 'forra-aret',
      label,
      content: renamed(source.content),
      choice: source.choice,
      basis: source.basis,
    });
  }
  const lastYearsFields = new Map(roll ? listAnswerFields(roll.from).map((f) => [f.id, f]) : []);
  const unplaced = roll
    ? roll.mapping.dropped.flatMap((id) => {
        const field = lastYearsFields.get(id);
        const answer = oldAnswers.get(id);
        return field && answer ? droppedText(field, answer, old.year, template) : [];
      })
    : [];
  const departmentIds = new Map(previous.departments.map((d) => [d.id, deps.newId()]));
  const departments = previous.departments.map((d) => ({
    ...d,
    id: departmentIds.get(d.id)!,
    reportId: report.id,
    createdAt: now,
  }));
  const continues = new Map<string, string[]>();
  for (const [to, from] of sources) if (from !== null) continues.set(from, [...(continues.get(from) ?? []), to]);
  const assignments = previous.assignments
    .filter((a) => departmentIds.has(a.departmentId))
    // Last year's sending, returns and approvals belong to last year's report.
    .map(({ sentAt: _sent, returned: _returned, approvals: _approvals, ...a }) => ({
      ...a,
      reportId: report.id,
      departmentId: departmentIds.get(a.departmentId)!,
      questionIds: [...new Set(a.questionIds.flatMap((id) => continues.get(id) ?? []))],
      deadline: null,
      updatedAt: now,
    }));
  return { report, answers, baselines, departments, assignments, images, unplaced };
}
