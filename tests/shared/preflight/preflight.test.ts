import { describe, expect, it } from 'vitest';
import { blocksSigning, type PreflightInput } from '../../../shared/preflight/finding';
import { runPreflight } from '../../../shared/preflight/preflight';
import { emptyRichText, type SerializedTextBlock } from '../../../shared/report/content-schema';
import { heading, paragraph, richText, text } from '../fixtures';
import { completeReport, says, withAnswer } from './complete-report';

type Case = [
  name: string,
  change: (input: PreflightInput) => PreflightInput,
  expected: { rule: string; where: string; severity?: string } | null,
];

const header = (id: string, value: string) => (input: PreflightInput) => ({
  ...input,
  report: { ...input.report, header: { ...input.report.header, [id]: value } },
});
const signature = (patch: Partial<PreflightInput['report']['signature']>) => (input: PreflightInput) => ({
  ...input,
  report: { ...input.report, signature: { ...input.report.signature, ...patch } },
});
const answer =
  (id: string, value: string, patch = {}) =>
  (input: PreflightInput) =>
    withAnswer(input, id, says(value), patch);

const CASES: Case[] = [
  [
    'an empty answer',
    (i) => withAnswer(i, '1.1', emptyRichText()),
    { rule: 'unanswered', where: '1.1', severity: 'fel' },
  ],
  [
    'an empty "Om möjligt" effect answer is a warning',
    (i) => withAnswer(i, '1.5', emptyRichText(), { basis: [] }),
    { rule: 'unanswered', where: '1.5', severity: 'varning' },
  ],
  [
    'an "Om möjligt" answer with text still needs its basis',
    answer('3.5', 'Fler företag startades.', { basis: [] }),
    { rule: 'missing-basis', where: '3.5', severity: 'fel' },
  ],
  [
    'an empty answer to a question without "Om möjligt" stays an error',
    (i) => withAnswer(i, '2.3', emptyRichText()),
    { rule: 'unanswered', where: '2.3', severity: 'fel' },
  ],
  [
    'only the template placeholder',
    answer('2.3', 'Klicka här för att ange text.'),
    { rule: 'unanswered', where: '2.3' },
  ],
  ['text that mentions clicking', answer('2.3', 'Klicka här på kartan för att se projekten.'), null],
  ['an empty header field', header('vartDnr', ''), { rule: 'unanswered', where: 'vartDnr' }],
  ['an unsigned signature', signature({ namn: '' }), { rule: 'unanswered', where: 'signatur.namn' }],
  [
    'xxxxxx in a case number',
    header('vartDnr', 'RUFxxxxxx'),
    { rule: 'placeholder', where: 'vartDnr', severity: 'fel' },
  ],
  ['a real case number', header('vartDnr', 'RUF 2025/0123'), null],
  ['"rubrik x" in an answer', answer('3.1', 'Läs mer under rubrik x om detta.'), { rule: 'placeholder', where: '3.1' }],
  ['"XX" as a number', answer('3.2', 'Totalt XX projekt beviljades.'), { rule: 'placeholder', where: '3.2' }],
  ['XXL in a word', answer('3.2', 'Ett XXL-evenemang för unga entreprenörer.'), null],
  ['TODO left in', answer('1.2', 'TODO: fyll i siffror från uppföljningen.'), { rule: 'placeholder', where: '1.2' }],
  ['"???" left in', answer('1.3', 'Antalet deltagare var ??? under året.'), { rule: 'placeholder', where: '1.3' }],
  ['a single question mark', answer('1.3', 'Vad betyder det för länet? Mycket.'), null],
  ['"[…]" left in', answer('6.1', 'Analysen visar att […] och därför.'), { rule: 'placeholder', where: '6.1' }],
  [
    'placeholder after real text',
    answer('6.2', 'Vi har arbetat mycket. Klicka här för att ange text.'),
    { rule: 'placeholder', where: '6.2' },
  ],
  [
    'an effect answer without basis',
    answer('2.7', 'Andelen ökade till 41 procent.', { basis: [] }),
    { rule: 'missing-basis', where: '2.7', severity: 'fel' },
  ],
  ['basis stated in the text', answer('2.7', 'Andelen ökade. Resultatet baseras på uppföljning.', { basis: [] }), null],
  [
    'basis stated as "Baseras på … egen bedömning"',
    answer('4.5', 'Bättre täckning. Baseras på egen bedömning.', { basis: [] }),
    null,
  ],
  [
    'basis word without the sentence',
    answer('1.5', 'Uppföljning pågår fortfarande.', { basis: [] }),
    { rule: 'missing-basis', where: '1.5' },
  ],
  [
    'Ja/Nej without a choice',
    answer('5.1b', 'Anslaget har bidragit genom projekten.', { choice: null }),
    { rule: 'missing-choice', where: '5.1b', severity: 'fel' },
  ],
  [
    'a choice without explanation',
    (i) => withAnswer(i, '5.1c', emptyRichText(), { choice: 'nej' }),
    { rule: 'missing-choice', where: '5.1c' },
  ],
  [
    'a reference to a missing chapter',
    answer('2.1', '(Läs mer i kapitel 7.2)'),
    { rule: 'broken-reference', where: '2.1', severity: 'fel' },
  ],
  ['a reference to an existing chapter', answer('2.1', '(Läs mer i kapitel 2.1)'), null],
  ['a reference to an existing part', answer('2.1', 'Se fråga 5.1a.'), null],
  ['a reference to a missing section', answer('2.1', 'Se avsnitt 9.'), { rule: 'broken-reference', where: '2.1' }],
  [
    'a reference to a missing heading',
    answer('4.1', 'Läs under rubrik Bredbandsutbyggnad i glesbygd.'),
    { rule: 'broken-reference', where: '4.1', severity: 'varning' },
  ],
  [
    'a reference to a sub-heading of the report',
    (i) =>
      withAnswer(
        answer('4.1', 'Läs under rubriken Prestationer – Transportsystemet.')(i),
        '4.4',
        richText(heading('Prestationer – Transportsystemet'), paragraph(text('Text.'))),
      ),
    null,
  ],
  [
    'a reference to a section title',
    answer('6.1', 'Se rubriken "Kompetensförsörjning och kompetensutveckling".'),
    null,
  ],
  [
    'header and signature dates differ',
    signature({ datum: '2026-01-22' }),
    { rule: 'date-mismatch', where: 'signatur.datum', severity: 'fel' },
  ],
  [
    'a date before the end of the year',
    (i) => signature({ datum: '2025-11-30' })(header('datum', '2025-11-30')(i)),
    { rule: 'date-mismatch', where: 'datum' },
  ],
  [
    'an impossible date',
    (i) => signature({ datum: '2026-02-30' })(header('datum', '2026-02-30')(i)),
    { rule: 'date-mismatch', where: 'datum' },
  ],
  ['the last day of the year', (i) => signature({ datum: '2025-12-31' })(header('datum', '2025-12-31')(i)), null],
  [
    'an unresolved conflict',
    (i) =>
      withAnswer(i, '3.4', {
        root: {
          ...says('x').root,
          children: [
            {
              type: 'conflict',
              version: 1,
              departmentId: 'avd-00001',
              revision: 2,
              mine: paragraph(text('a')) as SerializedTextBlock,
              theirs: paragraph(text('b')) as SerializedTextBlock,
            },
          ],
        },
      }),
    { rule: 'unresolved-conflict', where: '3.4', severity: 'fel' },
  ],
  [
    'an assigned department that never delivered',
    (i) => ({
      ...i,
      departments: [
        {
          id: 'avd-000001',
          reportId: i.report.id,
          name: 'Analys',
          contactName: '',
          contactEmail: '',
          createdAt: i.report.createdAt,
        },
      ],
      assignments: [
        {
          reportId: i.report.id,
          departmentId: 'avd-000001',
          questionIds: ['6.1', '6.2'],
          deadline: null,
          note: '',
          updatedAt: i.report.createdAt,
        },
      ],
    }),
    { rule: 'missing-contribution', where: '6.1', severity: 'varning' },
  ],
  [
    'a sub-heading with nothing under it',
    (i) => withAnswer(i, '4.4', richText(paragraph(text('Inledning.')), heading('Prestationer – Transportsystemet'))),
    { rule: 'empty-heading', where: '4.4', severity: 'varning' },
  ],
  [
    'a sub-heading followed by text',
    (i) =>
      withAnswer(i, '4.4', richText(heading('Prestationer – Transportsystemet'), paragraph(text('Vi har byggt.')))),
    null,
  ],
  [
    'an answer past 20,000 characters',
    (i) => withAnswer(i, '4.4', richText(paragraph(text('ord '.repeat(5_001))))),
    { rule: 'too-long', where: '4.4', severity: 'varning' },
  ],
  [
    'an answer of 20,000 characters',
    (i) => withAnswer(i, '4.4', richText(paragraph(text(`${'ab '.repeat(6_666)}ab`)))),
    null,
  ],
  [
    'an answer past the template’s own limit for the question',
    (i) => ({
      ...withAnswer(
        i,
        '4.4',
        richText(
          paragraph(
            text(
              'Ett svar som är längre än hundra tecken, eftersom mallen här bara räknar med hundra tecken för frågan.',
            ),
          ),
        ),
      ),
      template: {
        ...i.template,
        sections: i.template.sections.map((s) => ({
          ...s,
          items: s.items.map((q) => (q.id === '4.4' && q.type === 'question' ? { ...q, maxCharacters: 100 } : q)),
        })),
      },
    }),
    { rule: 'too-long', where: '4.4', severity: 'varning' },
  ],
  [
    'an open comment',
    (i) => ({ ...i, comments: [{ questionId: '2.3', resolution: null }] }),
    { rule: 'open-comment', where: '2.3', severity: 'varning' },
  ],
  [
    'a comment reopened after it was resolved',
    (i) => ({
      ...i,
      comments: [{ questionId: '2.3', resolution: { resolved: false, by: 'Anna', at: '2026-03-01T10:00:00.000Z' } }],
    }),
    { rule: 'open-comment', where: '2.3', severity: 'varning' },
  ],
  [
    'a resolved comment',
    (i) => ({
      ...i,
      comments: [{ questionId: '2.3', resolution: { resolved: true, by: 'Anna', at: '2026-03-01T10:00:00.000Z' } }],
    }),
    null,
  ],
  [
    'an open choice conflict from a merge',
    (i) => ({
      ...i,
      mergeRecords: [
        { questionId: '1.5', departmentId: 'avd-000001', choiceConflict: { choice: null, basis: ['annat'] } },
      ],
    }),
    { rule: 'unresolved-conflict', where: '1.5', severity: 'fel' },
  ],
];

describe('runPreflight', () => {
  it('finds nothing in a complete report', () => {
    expect(runPreflight(completeReport())).toEqual([]);
  });

  it.each(CASES)('%s', (_name, change, expected) => {
    const findings = runPreflight(change(completeReport()));
    if (expected === null) {
      expect(findings).toEqual([]);
      return;
    }
    const match = findings.find((f) => f.rule === expected.rule && (f.questionId ?? f.field) === expected.where);
    expect(match, JSON.stringify(findings)).toBeDefined();
    if (expected.severity) expect(match!.severity).toBe(expected.severity);
    expect(match!.message.length).toBeGreaterThan(10);
  });

  it('lists answer findings in document order and blocks signing only on errors', () => {
    let input = completeReport();
    input = withAnswer(input, '6.3', emptyRichText());
    input = withAnswer(input, '1.2', emptyRichText());
    const findings = runPreflight(input);
    expect(findings.map((f) => f.questionId)).toEqual(['1.2', '6.3']);
    expect(blocksSigning(findings)).toBe(true);
    expect(blocksSigning(runPreflight(withAnswer(completeReport(), '4.4', richText(heading('Tom')))))).toBe(false);
  });
});
