import { imageIdsIn, renameImages } from './content-images';
import { emptyRichText, type RichText } from './content-schema';
import { contentWithoutMarks } from '../review/comment-marks';
import { reportTitle, type Deps } from './new-report';
import type { Assignment, Department } from './organisation-schema';
import type { Answer, Report, Snapshot } from './report-schema';
import type { Template } from '../template/template-schema';

/*
 * "Ny rapport från föregående år": last year's report copied to the next year. Header
 * fields that belong to one year's document (dates, case numbers) are cleared, the rest
 * carried; each answer is carried over as a starting draft, every block marked as last
 * year's text until edited, or left empty, as chosen per question. Either way last
 * year's text of every question is kept as a comparison point (a pinned version). Departments and
 * assignments come along (deadlines cleared); contributions and history do not.
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
}

/** True for header fields that are particular to one year's document: dates and case numbers. */
export function isYearlyField(field: { id: string; label: string; format?: string }): boolean {
  return field.format === 'date' || /dnr|diarienummer/i.test(field.label) || /dnr/i.test(field.id);
}

function markPrior(content: RichText, year: number): RichText {
  return { root: { ...content.root, children: content.root.children.map((block) => ({ ...block, $: { ...block.$, prior: year } })) } };
}

/** The next year's report from last year's, with each answer carried or emptied as chosen. */
export function rollForward(
  template: Template,
  previous: { report: Report; answers: readonly Answer[]; departments: readonly Department[]; assignments: readonly Assignment[] },
  choose: (questionId: string) => CarryChoice,
  deps: Deps,
): RolledReport {
  const now = deps.now().toISOString();
  const old = previous.report;
  const year = old.year + 1;
  const header = Object.fromEntries(template.header.map((field) => [field.id, isYearlyField(field) ? '' : (old.header[field.id] ?? '')]));
  const report: Report = {
    ...old,
    id: deps.newId(),
    templateId: template.id,
    year,
    title: reportTitle(template, year),
    header,
    signature: { ...old.signature, datum: '' },
    status: 'utkast',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const images = new Map<string, string>();
  const answers = previous.answers.map((answer): Answer => {
    if (choose(answer.questionId) === 'empty') return { ...answer, reportId: report.id, content: emptyRichText(), choice: null, basis: [], status: 'utkast', updatedAt: now };
    for (const id of imageIdsIn(answer.content)) if (!images.has(id)) images.set(id, deps.newId());
    // Last year's comments stay with last year's report: their marks are not carried.
    return { ...answer, reportId: report.id, content: markPrior(renameImages(contentWithoutMarks(answer.content), images), old.year), status: 'utkast', updatedAt: now };
  });
  // Last year's text stays readable beside this year's, also for a question started empty.
  const baselines = previous.answers.map((answer): Snapshot => {
    for (const id of imageIdsIn(answer.content)) if (!images.has(id)) images.set(id, deps.newId());
    const content = renameImages(contentWithoutMarks(answer.content), images);
    return { reportId: report.id, questionId: answer.questionId, createdAt: now, reason: 'forra-aret', label: String(old.year), content, choice: answer.choice, basis: answer.basis };
  });
  const departmentIds = new Map(previous.departments.map((d) => [d.id, deps.newId()]));
  const departments = previous.departments.map((d) => ({ ...d, id: departmentIds.get(d.id)!, reportId: report.id, createdAt: now }));
  const assignments = previous.assignments
    .filter((a) => departmentIds.has(a.departmentId))
    .map((a) => ({ ...a, reportId: report.id, departmentId: departmentIds.get(a.departmentId)!, deadline: null, updatedAt: now }));
  return { report, answers, baselines, departments, assignments, images };
}
