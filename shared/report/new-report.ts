import { listAnswerFields } from '../template/answer-fields';
import type { Template } from '../template/template-schema';
import { templateRef } from '../template/find-template';
import { emptyRichText } from './content-schema';
import type { Answer, Report } from './report-schema';
import type { Deps } from './deps';

/** What the user gives when creating a report; header values keyed by template header field id. */
export interface NewReportInput {
  year: number;
  organisation: string;
  header: Record<string, string>;
}

/** A deep copy of plain JSON data (records hold nothing else). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The report title the template prescribes for a year: "Resultatredovisning av det regionala utvecklingsarbetet 2025". */
export function reportTitle(template: Template, year: number): string {
  return `${template.title} ${year}`;
}

/** A new report from a template with one empty answer per field; header fields not in the template are dropped. */
export function createReport(
  template: Template,
  input: NewReportInput,
  deps: Deps,
): { report: Report; answers: Answer[] } {
  const now = deps.now().toISOString();
  const header = Object.fromEntries(template.header.map((field) => [field.id, (input.header[field.id] ?? '').trim()]));
  const organisation = input.organisation.trim();
  const report: Report = {
    id: deps.newId(),
    ...templateRef(template),
    year: input.year,
    organisation,
    title: reportTitle(template, input.year),
    header,
    signature: {
      ort: '',
      datum: header.datum ?? '',
      namn: '',
      titel: '',
      forvaltning: header.forvaltning ?? '',
      organisation,
    },
    status: 'utkast',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const answers = listAnswerFields(template).map((field) => emptyAnswer(report.id, field.id, now));
  return { report, answers };
}

/** An answer not yet written: empty text, no choice, no basis, a draft. */
export function emptyAnswer(reportId: string, questionId: string, updatedAt: string): Answer {
  return { reportId, questionId, content: emptyRichText(), choice: null, basis: [], status: 'utkast', updatedAt };
}

/** A copy of a report and its answers under a new id, titled as a copy. */
export function duplicateReport(
  report: Report,
  answers: Answer[],
  deps: Deps,
  suffix = ' (kopia)',
): { report: Report; answers: Answer[] } {
  const now = deps.now().toISOString();
  const copy: Report = {
    ...cloneJson(report),
    id: deps.newId(),
    title: `${report.title}${suffix}`.slice(0, 300),
    status: 'utkast',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return {
    report: copy,
    answers: answers.map((answer) => ({ ...cloneJson(answer), reportId: copy.id, updatedAt: now })),
  };
}
