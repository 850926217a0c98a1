import { describe, expect, it } from 'vitest';
import { contributionsInUse } from '../../../shared/merge/contributions-in-use';
import type { Contribution } from '../../../shared/report/organisation-schema';
import { paragraph, richText, text } from '../fixtures';

function contribution(departmentId: string, revision: number, questionIds: string[]): Contribution {
  return {
    id: `${departmentId}-v${revision}`,
    reportId: 'rapport-1',
    departmentId,
    revision,
    author: 'Handläggare',
    createdAt: '2026-01-10T09:00:00.000Z',
    importedAt: `2026-01-1${revision}T09:00:00.000Z`,
    fileName: `${departmentId}-v${revision}.rvbidrag`,
    sha256: '0'.repeat(64),
    answers: questionIds.map((questionId) => ({
      questionId,
      content: richText(paragraph(text(`${departmentId} ${revision}`))),
      choice: null,
      basis: [],
      ready: true,
    })),
  };
}

/** An answer whose one block came from a department's revision (merged before merge records existed). */
function answerNaming(questionId: string, departmentId: string, revision: number) {
  return {
    questionId,
    content: richText({
      ...paragraph(text('text')),
      $: { blockId: 'b1', dept: departmentId, rev: revision, src: 's1' },
    }),
  };
}

const ids = (list: Contribution[]) => list.map((c) => c.id);

describe('the revisions the merge views use', () => {
  it.each([
    [
      'one question, three revisions: the two newest',
      [contribution('fh', 1, ['1.1']), contribution('fh', 2, ['1.1']), contribution('fh', 3, ['1.1'])],
      ['fh-v2', 'fh-v3'],
    ],
    [
      'a newest revision without a question keeps the two before it for that question',
      [contribution('fh', 1, ['1.1', '4.4']), contribution('fh', 2, ['1.1', '4.4']), contribution('fh', 3, ['1.1'])],
      ['fh-v1', 'fh-v2', 'fh-v3'],
    ],
    [
      'each department on its own',
      [
        contribution('fh', 1, ['1.1']),
        contribution('kf', 1, ['1.1']),
        contribution('fh', 2, ['1.1']),
        contribution('fh', 3, ['1.1']),
      ],
      ['kf-v1', 'fh-v2', 'fh-v3'],
    ],
    ['nothing received', [], []],
  ])('%s', (_, contributions, expected) => {
    expect(ids(contributionsInUse(contributions, [], []))).toEqual(expected);
  });

  it('keeps the revision an answer merged before merge records names, until a record for it exists', () => {
    const contributions = [1, 2, 3, 4].map((r) => contribution('fh', r, ['1.1']));
    const answers = [answerNaming('1.1', 'fh', 1)];
    expect(ids(contributionsInUse(contributions, answers, []))).toEqual(['fh-v1', 'fh-v3', 'fh-v4']);
    expect(ids(contributionsInUse(contributions, answers, [{ questionId: '1.1', departmentId: 'fh' }]))).toEqual([
      'fh-v3',
      'fh-v4',
    ]);
  });

  it('gives the same objects in the order given', () => {
    const contributions = [contribution('kf', 2, ['4.4']), contribution('fh', 1, ['1.1'])];
    const kept = contributionsInUse(contributions, [], []);
    expect(kept[0]).toBe(contributions[0]);
    expect(ids(kept)).toEqual(['kf-v2', 'fh-v1']);
  });
});
