import { mergeStep } from '../../shared/merge/merge-step';
import { emptyRichText, type RichText } from '../../shared/report/content-schema';
import type { AnswerPart, MergeState } from '../../shared/report/merge-record';
import type { Contribution } from '../../shared/report/organisation-schema';
import { fullSizeContents } from './full-report';
import { median, type Figure } from './stats';

/*
 * The merge issue's figure: 10 departments × 30 questions × 3 revisions merged through
 * the one merge step (first revision, then two three-way updates each, each with its
 * merge record), against JSON parse + stringify of the same contributions, in the same
 * process. And the same with 4× the departments (answers 4× as long): it must stay near
 * 4× the time, not 16×.
 */

const DEPARTMENTS = 10;
const REVISIONS = 3;
const RUNS = 9;

function withBlockIds(content: RichText, prefix: string): RichText {
  return {
    root: {
      ...content.root,
      children: content.root.children.map((block, i) => ({ ...block, $: { blockId: `${prefix}-${i}` } })),
    },
  };
}

/** Revision r of a department's answer: the base text with every third block rewritten per revision. */
function revise(content: RichText, revision: number): RichText {
  const children = content.root.children.map((block, i) =>
    i % 3 === revision % 3 && block.type === 'paragraph'
      ? {
          ...block,
          children: [
            ...block.children,
            {
              type: 'text' as const,
              version: 1 as const,
              text: ` (ändrad i version ${revision})`,
              format: 0,
              detail: 0,
              mode: 'normal' as const,
              style: '',
            },
          ],
        }
      : block,
  );
  return { root: { ...content.root, children } };
}

function contributions(departments: number): Contribution[] {
  const contents = fullSizeContents(12_000, 11);
  const list: Contribution[] = [];
  for (let d = 0; d < departments; d++) {
    for (let revision = 1; revision <= REVISIONS; revision++) {
      list.push({
        id: `bidrag-${d}-${revision}`,
        reportId: 'rapport-bench',
        departmentId: `avd-${String(d).padStart(4, '0')}`,
        revision,
        author: 'Bench',
        createdAt: '2026-01-05T10:00:00.000Z',
        importedAt: '2026-01-05T10:00:00.000Z',
        fileName: 'x.rvbidrag',
        sha256: 'a'.repeat(64),
        answers: [...contents].map(([questionId, content]) => ({
          questionId,
          content: revise(withBlockIds(content, `d${d}-${questionId}`), revision),
          choice: null,
          basis: [],
          ready: true,
        })),
      });
    }
  }
  return list;
}

function mergeAll(list: Contribution[], departments: number): number {
  let n = 0;
  const newId = () => `m-${++n}`;
  const questions = list[0]!.answers.map((a) => a.questionId);
  const order = Array.from({ length: departments }, (_, d) => `avd-${String(d).padStart(4, '0')}`);
  let blocks = 0;
  for (const questionId of questions) {
    let answer: AnswerPart = { content: emptyRichText(), choice: null, basis: [] };
    for (const departmentId of order) {
      let state: MergeState | undefined;
      for (const contribution of list.filter((c) => c.departmentId === departmentId)) {
        const theirs = contribution.answers.find((a) => a.questionId === questionId)!;
        const result = mergeStep({
          answer,
          state,
          departmentId,
          revision: contribution.revision,
          theirs,
          departmentOrder: order,
          newId,
        });
        answer = result.answer;
        state = result.state;
      }
    }
    blocks += answer.content.root.children.length;
  }
  return blocks;
}

/** Times the merges against JSON parse + stringify of the same inputs, and the 4× input against the 1× one. */
export function mergeBench(): Figure[] {
  const inputs = contributions(DEPARTMENTS);
  const larger = contributions(DEPARTMENTS * 4);
  const merge: number[] = [];
  const json: number[] = [];
  const merge4: number[] = [];
  let sink = 0;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    sink += mergeAll(inputs, DEPARTMENTS);
    merge.push(performance.now() - start);
    start = performance.now();
    sink += (JSON.parse(JSON.stringify(inputs)) as unknown[]).length;
    json.push(performance.now() - start);
    start = performance.now();
    sink += mergeAll(larger, DEPARTMENTS * 4);
    merge4.push(performance.now() - start);
  }
  if (sink === 0) throw new Error('nothing merged');
  return [
    {
      name: `merge ${DEPARTMENTS} depts × 30 questions × ${REVISIONS} revisions, median of ${RUNS}`,
      app: median(merge),
      comparator: median(json),
      comparatorName: 'JSON.parse(JSON.stringify()) of the same contributions',
      bound: 10,
    },
    {
      name: `merge ${DEPARTMENTS * 4} depts (4× input, answers 4× as long), median of ${RUNS}`,
      app: median(merge4),
      comparator: median(merge),
      comparatorName: `the same merge of ${DEPARTMENTS} depts (linear: 4×; quadratic: 16×)`,
      bound: 6,
    },
  ];
}
