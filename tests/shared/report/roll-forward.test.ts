import { describe, expect, it } from 'vitest';
import { rollForward, isYearlyField } from '../../../shared/report/roll-forward';
import { imageIdsIn } from '../../../shared/report/content-images';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { findAnswerField, listAnswerFields } from '../../../shared/template/answer-fields';
import { readTemplateDocx } from '../../../shared/docx/import/read-template';
import { mapQuestions, repairMapping } from '../../../shared/template/question-mapping';
import { template2026Docx } from '../docx/import/template-files';
import { paragraph, richText, testDeps, text } from '../fixtures';
import { completeReport, template } from '../preflight/complete-report';

function previous() {
  const input = completeReport();
  const answers = input.answers.map((a) =>
    a.questionId === '5.1a'
      ? {
          ...a,
          content: richText(
            paragraph(text('Diagram:'), {
              type: 'image',
              version: 1,
              imageId: 'bild-gammal-1',
              altText: 'Diagram',
              width: 10,
              height: 10,
            }),
          ),
        }
      : a,
  );
  const departments = [
    {
      id: 'avd-000001',
      reportId: input.report.id,
      name: 'Analys',
      contactName: 'Eva',
      contactEmail: '',
      createdAt: input.report.createdAt,
    },
  ];
  const assignments = [
    {
      reportId: input.report.id,
      departmentId: 'avd-000001',
      questionIds: ['6.1'],
      deadline: '2026-01-10',
      note: 'Som i fjol',
      updatedAt: input.report.createdAt,
    },
  ];
  return { report: input.report, answers, departments, assignments };
}

/** Ids unlike those of the report rolled from. */
function deps() {
  let n = 0;
  return { ...testDeps(), newId: () => `ny-${String(++n).padStart(6, '0')}` };
}

describe('rollForward', () => {
  it.each([
    ['forvaltning', 'Regionala utvecklingsförvaltningen'],
    ['namn', 'Christer Alzén, Förvaltningsdirektör'],
    ['kontakt', '+46214818273\nchrister.alzen@regionvastmanland.se'],
    ['datum', ''],
    ['vartDnr', ''],
    ['ertDnr', ''],
  ])('header field %s becomes %j', (id, expected) => {
    const rolled = rollForward(template, previous(), () => 'carry', deps());
    expect(rolled.report.header[id]).toBe(expected);
  });

  it('moves the year on, clears the signature date and leaves a draft', () => {
    const rolled = rollForward(template, previous(), () => 'carry', deps());
    expect(rolled.report).toMatchObject({
      year: 2026,
      title: 'Resultatredovisning av det regionala utvecklingsarbetet 2026',
      status: 'utkast',
      signature: { datum: '', ort: 'Västerås', namn: 'Christer Alzén' },
    });
    expect(rolled.report.id).not.toBe(previous().report.id);
    expect(isYearlyField({ id: 'x', label: 'Vårt dnr' })).toBe(true);
  });

  it('carries chosen answers marked as last year’s text and empties the rest', () => {
    const old = previous();
    const rolled = rollForward(template, old, (id) => (id === '1.2' ? 'empty' : 'carry'), deps());
    const carried = rolled.answers.find((a) => a.questionId === '1.1')!;
    expect(richTextToPlain(carried.content)).toBe(
      richTextToPlain(old.answers.find((a) => a.questionId === '1.1')!.content),
    );
    expect(carried.content.root.children.every((b) => b.$?.prior === 2025)).toBe(true);
    expect(carried.status).toBe('utkast');
    const emptied = rolled.answers.find((a) => a.questionId === '1.2')!;
    expect(richTextToPlain(emptied.content)).toBe('');
    expect(emptied).toMatchObject({ choice: null, basis: [] });
    expect(rolled.answers.every((a) => a.reportId === rolled.report.id)).toBe(true);
  });

  it('gives carried images new ids and copies departments and assignments without deadlines', () => {
    const rolled = rollForward(template, previous(), () => 'carry', deps());
    const newId = rolled.images.get('bild-gammal-1')!;
    expect(imageIdsIn(rolled.answers.find((a) => a.questionId === '5.1a')!.content)).toEqual([newId]);
    expect(rolled.departments).toEqual([expect.objectContaining({ name: 'Analys', reportId: rolled.report.id })]);
    expect(rolled.assignments).toEqual([
      expect.objectContaining({
        departmentId: rolled.departments[0]!.id,
        questionIds: ['6.1'],
        deadline: null,
        note: 'Som i fjol',
      }),
    ]);
  });
});

describe('rollForward onto another template', () => {
  async function rolled() {
    const target = readTemplateDocx(await template2026Docx(), 'mall-2026.docx', template).template;
    const mapping = mapQuestions(template, target);
    const old = previous();
    old.assignments[0]!.questionIds = ['6.1', '6.3', '2.3'];
    return {
      old,
      mapping,
      target,
      result: rollForward(target, old, () => 'carry', deps(), { from: template, mapping }),
    };
  }

  it('carries every unchanged question, flags the reworded 2.3, leaves the new 2.8 empty and keeps 6.3 as not placed', async () => {
    const { old, mapping, target, result } = await rolled();
    const before = new Map(old.answers.map((a) => [a.questionId, richTextToPlain(a.content)]));
    const after = new Map(result.answers.map((a) => [a.questionId, richTextToPlain(a.content)]));
    expect(result.report).toMatchObject({ templateId: 'resultatredovisning-2026', year: 2026 });
    expect(mapping.pairs.filter((p) => p.kind === 'reworded')).toEqual([{ to: '2.3', from: '2.3', kind: 'reworded' }]);
    expect(mapping.pairs.filter((p) => p.kind === 'new')).toEqual([{ to: '2.8', from: null, kind: 'new' }]);
    expect(mapping.dropped).toEqual(['6.3']);
    for (const pair of mapping.pairs.filter((p) => p.from !== null))
      expect(after.get(pair.to), pair.to).toBe(before.get(pair.from!));
    expect(after.get('2.8')).toBe('');
    expect(result.answers.map((a) => a.questionId)).toEqual(listAnswerFields(target).map((f) => f.id));
    expect(result.unplaced).toEqual([
      `Fråga 6.3 2025 (finns inte i ${target.name}): ${findAnswerField(template, '6.3')!.text}`,
      before.get('6.3'),
    ]);
    // The comparison with last year follows the pairs; the new question has nothing to compare with.
    expect(result.baselines.map((b) => b.questionId)).not.toContain('2.8');
    expect(result.baselines.find((b) => b.questionId === '2.3')).toMatchObject({ label: '2025', reason: 'forra-aret' });
    expect(result.assignments[0]!.questionIds).toEqual(['6.1', '2.3']);
    expect(result.answers.find((a) => a.questionId === '5.1a')?.choice).toBe('ja');
  });

  it('moves a text to the question the person paired it with, and says so in the comparison point', async () => {
    const { old, mapping, target } = await rolled();
    const changed = repairMapping(mapping, template, target, '2.8', '6.3');
    const result = rollForward(target, old, () => 'carry', deps(), { from: template, mapping: changed });
    expect(richTextToPlain(result.answers.find((a) => a.questionId === '2.8')!.content)).toBe(
      richTextToPlain(old.answers.find((a) => a.questionId === '6.3')!.content),
    );
    expect(result.baselines.find((b) => b.questionId === '2.8')?.label).toBe('2025 · fråga 6.3');
    expect(result.unplaced).toEqual([]);
  });
});
