import { describe, expect, it } from 'vitest';
import template2025 from '../../../assets/templates/resultatredovisning-2025.json';
import { templateFromAssignment } from '../../../shared/files/assignment-template';
import { hasUniqueBlockIds } from '../../../shared/report/block-ids';
import { buildAssignmentFile, buildContributionFile } from '../../../shared/files/build-files';
import { canonicalJson } from '../../../shared/text/canonical-json';
import { encodeExchangeFile, readAssignmentFile, readContributionFile } from '../../../shared/files/exchange-files';
import { createReport } from '../../../shared/report/new-report';
import { listAnswerFields } from '../../../shared/template/answer-fields';
import { parseTemplate } from '../../../shared/template/parse-template';
import { paragraph, richText, testDeps, text } from '../fixtures';

const template = parseTemplate(template2025, 'mall');

async function assignmentFor(questionIds: string[], includeStartingPoints = false) {
  const deps = testDeps();
  const { report, answers } = createReport(
    template,
    { year: 2025, organisation: 'Region Västmanland', header: {} },
    deps,
  );
  answers.find((a) => a.questionId === '5.1a')!.content = richText(paragraph(text('Fjolårets text.')));
  const department = {
    id: 'avd-naringsliv',
    reportId: report.id,
    name: 'Näringsliv och innovation',
    contactName: '',
    contactEmail: '',
    createdAt: report.createdAt,
  };
  const assignment = {
    reportId: report.id,
    departmentId: department.id,
    questionIds,
    deadline: '2026-01-10',
    note: 'Tack!',
    updatedAt: report.createdAt,
  };
  return buildAssignmentFile({
    report,
    template,
    department,
    assignment,
    coordinatorName: 'Anna',
    answers,
    includeStartingPoints,
    now: deps.now(),
  });
}

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [2, { d: null, c: 'x' }] }, '{"a":[2,{"c":"x","d":null}],"b":1}'],
    [{ a: undefined, b: 'å' }, '{"b":"å"}'],
  ])('%j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('assignment files', () => {
  it('round-trip through bytes with the checksum intact', async () => {
    const file = await assignmentFor(['3.1', '5.1a', '5.1b'], true);
    expect(await readAssignmentFile(encodeExchangeFile(file), 'uppdrag.rvuppdrag')).toEqual(file);
    expect(file.questions.find((q) => q.id === '5.1a')?.startingPoint).toEqual(
      richText(paragraph(text('Fjolårets text.'))),
    );
  });

  it('rebuild the assigned part of the template, with the Ja/Nej group', async () => {
    const partial = templateFromAssignment(await assignmentFor(['3.1', '5.1a', '5.1b']));
    expect(listAnswerFields(partial).map((f) => [f.id, f.kind, f.groupText ?? null])).toEqual([
      ['3.1', 'text', null],
      ['5.1a', 'yesno', 'Har anslaget bidragit till att nå målen i:'],
      ['5.1b', 'yesno', 'Har anslaget bidragit till att nå målen i:'],
    ]);
    expect(parseTemplate(partial, 'delmall').sections.map((s) => s.number)).toEqual(['3', '5']);
  });
});

describe('contribution files', () => {
  it('give every block an id and round-trip through bytes', async () => {
    const assignment = await assignmentFor(['3.1']);
    let n = 0;
    const file = await buildContributionFile({
      assignment,
      answers: [
        {
          reportId: 'arbetsyta-1',
          questionId: '3.1',
          content: richText(paragraph(text('ett')), paragraph(text('två'))),
          choice: null,
          basis: [],
          status: 'klar',
          updatedAt: '2026-01-02T00:00:00.000Z',
        },
      ],
      author: 'Eva',
      revision: 3,
      now: new Date('2026-01-08T12:00:00Z'),
      newId: () => `blk-${++n}`,
    });
    expect(hasUniqueBlockIds(file.answers[0]!.content)).toBe(true);
    expect(file.answers[0]!.ready).toBe(true);
    expect(await readContributionFile(encodeExchangeFile(file), 'bidrag.rvbidrag')).toEqual(file);
  });
});

describe('assignment questions against the template (#15, part 2)', () => {
  it('refuses an assignment of a question the report’s template does not have, naming the file', async () => {
    const {
      sealFile,
      readAssignmentFile: read,
      encodeExchangeFile: encode,
    } = await import('../../../shared/files/exchange-files');
    const { template: tpl } = await import('../preflight/complete-report');
    const { buildAssignmentFile } = await import('../../../shared/files/build-files');
    const { createReport } = await import('../../../shared/report/new-report');
    const { testDeps } = await import('../fixtures');
    const deps = testDeps();
    const { report, answers } = createReport(tpl, { year: 2025, organisation: 'Region X', header: {} }, deps);
    const department = {
      id: 'avd-0-000000',
      reportId: report.id,
      name: 'Analys',
      contactName: '',
      contactEmail: '',
      createdAt: report.createdAt,
    };
    const good = await buildAssignmentFile({
      report,
      template: tpl,
      department,
      assignment: {
        reportId: report.id,
        departmentId: department.id,
        questionIds: ['1.1'],
        deadline: null,
        note: '',
        updatedAt: report.createdAt,
      },
      coordinatorName: 'Anna',
      answers,
      includeStartingPoints: false,
      now: deps.now(),
    });
    const { sha256: _s, ...rest } = good;
    const forged = await sealFile({ ...rest, questions: [{ ...rest.questions[0]!, id: '9.9' }] });
    await expect(read(encode(forged as never), 'falskt.rvuppdrag', [tpl])).rejects.toThrow(
      /^falskt\.rvuppdrag: uppdraget gäller 9\.9, som inte finns i mallen/,
    );
    await expect(read(encode(good), 'rätt.rvuppdrag', [tpl])).resolves.toBeDefined();
  });
});
