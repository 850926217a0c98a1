import { describe, expect, it } from 'vitest';
import { ExchangeError } from '../../../shared/files/exchange-error';
import { applyContributions } from '../../../shared/merge/apply-contributions';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { testDeps } from '../fixtures';
import { contributionFile, reportRecords } from './contribution-fixtures';

const plain = (result: ReturnType<typeof applyContributions>, id: string) =>
  richTextToPlain(result.records.answers.find((a) => a.questionId === id)!.content);

describe('applyContributions (the command line merge of files into a report file)', () => {
  it('keeps each file as a contribution and merges its answers, departments in register order whatever the file order', () => {
    const records = reportRecords();
    const files = [
      contributionFile(records, 1, 1, { '4.4': 'Transportsystemet.' }),
      contributionFile(records, 0, 1, { '4.4': 'Digital kommunikation.', '1.1': 'Bredband.' }),
    ];
    const result = applyContributions(
      records,
      files.map((file, i) => ({ name: `fil-${i}.rvbidrag`, file })),
      testDeps(),
    );
    expect(plain(result, '4.4')).toBe('Digital kommunikation.\nTransportsystemet.');
    expect(plain(result, '1.1')).toBe('Bredband.');
    expect(result.records.contributions.map((c) => [c.departmentId, c.revision, c.fileName])).toEqual([
      ['avd-000001', 1, 'fil-1.rvbidrag'],
      ['avd-000002', 1, 'fil-0.rvbidrag'],
    ]);
    expect(result.records.mergeRecords?.map((r) => [r.questionId, r.departmentId, r.revision]).sort()).toEqual([
      ['1.1', 'avd-000001', 1],
      ['4.4', 'avd-000001', 1],
      ['4.4', 'avd-000002', 1],
    ]);
    expect(result.applied.map((a) => a.outcome)).toEqual(['merged', 'merged']);
    expect(result.conflicts).toEqual([]);
  });

  it('reports a file already merged and changes nothing for it', () => {
    const records = reportRecords();
    const file = contributionFile(records, 0, 1, { '1.1': 'Bredband.' });
    const once = applyContributions(records, [{ name: 'a.rvbidrag', file }], testDeps());
    const twice = applyContributions(once.records, [{ name: 'a.rvbidrag', file }], testDeps());
    expect(twice.applied).toEqual([
      { fileName: 'a.rvbidrag', department: 'Digital infrastruktur', revision: 1, outcome: 'already-imported' },
    ]);
    expect(twice.records.answers).toEqual(once.records.answers);
    expect(twice.records.contributions).toHaveLength(1);
  });

  it('merges revision 2 three ways and lists a conflict with the coordinator’s edit', () => {
    const records = reportRecords();
    const first = applyContributions(
      records,
      [{ name: 'v1.rvbidrag', file: contributionFile(records, 0, 1, { '1.1': 'Bredband till alla.' }) }],
      testDeps(),
    );
    const edited = {
      ...first.records,
      answers: first.records.answers.map((a) =>
        a.questionId === '1.1'
          ? ({
              ...a,
              content: {
                root: {
                  ...a.content.root,
                  children: a.content.root.children.map((b) =>
                    b.type === 'paragraph'
                      ? { ...b, children: [{ ...b.children[0]!, text: 'Bredband till alla hushåll.' }] }
                      : b,
                  ),
                },
              },
            } as typeof a)
          : a,
      ),
    };
    const second = applyContributions(
      edited,
      [{ name: 'v2.rvbidrag', file: contributionFile(records, 0, 2, { '1.1': 'Bredband till alla företag.' }) }],
      testDeps(),
    );
    expect(second.conflicts).toEqual([{ questionId: '1.1', department: 'Digital infrastruktur', kind: 'text' }]);
  });

  it.each<
    [
      string,
      (r: ReturnType<typeof reportRecords>) => ReturnType<typeof reportRecords>,
      (r: ReturnType<typeof reportRecords>) => ReturnType<typeof contributionFile>,
      string,
    ]
  >([
    [
      'a signed report',
      (r) => ({ ...r, report: { ...r.report, status: 'signerad' } }),
      (r) => contributionFile(r, 0, 1, { '1.1': 'x' }),
      'signed',
    ],
    [
      'a file for another report',
      (r) => r,
      (r) => ({
        ...contributionFile(r, 0, 1, { '1.1': 'x' }),
        report: { ...contributionFile(r, 0, 1, {}).report, reportId: '99999999-9999-4999-8999-999999999999' },
      }),
      'unknown-report',
    ],
    [
      'a question not assigned to the department',
      (r) => r,
      (r) => contributionFile(r, 0, 1, { '2.1': 'x' }),
      'unassigned-question',
    ],
    [
      'a department not in the report',
      (r) => ({ ...r, departments: r.departments.slice(1), assignments: r.assignments.slice(1) }),
      () => contributionFile(reportRecords(), 0, 1, { '1.1': 'x' }),
      'unknown-department',
    ],
  ])('refuses %s with an ExchangeError and returns nothing', (_name, prepare, make, problem) => {
    const records = prepare(reportRecords());
    const attempt = () => applyContributions(records, [{ name: 'fel.rvbidrag', file: make(records) }], testDeps());
    expect(attempt).toThrow(ExchangeError);
    try {
      attempt();
    } catch (error) {
      expect((error as ExchangeError).code).toBe(problem);
    }
  });
});
