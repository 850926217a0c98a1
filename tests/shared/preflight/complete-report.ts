import template2025 from '../../../assets/templates/resultatredovisning-2025.json' with { type: 'json' };
import type { PreflightInput } from '../../../shared/preflight/finding';
import type { RichText } from '../../../shared/report/content-schema';
import { createReport } from '../../../shared/report/new-report';
import { parseTemplate } from '../../../shared/template/parse-template';
import { paragraph, richText, testDeps, text } from '../fixtures';

export const template = parseTemplate(template2025, 'resultatredovisning-2025.json');

/** A report that passes every preflight rule: all fields answered, header, signature, choices and bases set. */
export function completeReport(): PreflightInput {
  const { report, answers } = createReport(
    template,
    {
      year: 2025,
      organisation: 'Region Västmanland',
      header: {
        forvaltning: 'Regionala utvecklingsförvaltningen',
        namn: 'Christer Alzén, Förvaltningsdirektör',
        kontakt: '+46214818273\nchrister.alzen@regionvastmanland.se',
        datum: '2026-01-21',
        vartDnr: 'RUF 2025/123',
        ertDnr: 'LI2025/01636\nÅ 2025–2203',
      },
    },
    testDeps(),
  );
  report.signature = { ...report.signature, ort: 'Västerås', namn: 'Christer Alzén', titel: 'Förvaltningsdirektör' };
  for (const answer of answers) {
    answer.content = richText(
      paragraph(text(`Under året har arbetet med fråga ${answer.questionId} genomförts tillsammans med kommunerna.`)),
    );
    if (answer.questionId.startsWith('5.1')) answer.choice = 'ja';
    if (['1.5', '2.7', '3.5', '4.5'].includes(answer.questionId)) answer.basis = ['uppföljning'];
  }
  return { template, report, answers, departments: [], assignments: [], contributions: [] };
}

/** Replaces one answer's content. */
export function withAnswer(
  input: PreflightInput,
  questionId: string,
  content: RichText,
  patch: { choice?: 'ja' | 'nej' | null; basis?: string[] } = {},
): PreflightInput {
  return {
    ...input,
    answers: input.answers.map((a) => (a.questionId === questionId ? { ...a, content, ...patch } : a)),
  };
}

/** An answer of one paragraph of plain text. */
export const says = (value: string): RichText => richText(paragraph(text(value)));
