import { insertContribution } from '../../shared/merge/insert-contribution';
import { mergeRevision } from '../../shared/merge/three-way';
import { emptyRichText, type RichText } from '../../shared/report/content-schema';
import type { Contribution } from '../../shared/report/organisation-schema';
import { fullSizeContents } from './full-report';
import { median, type Figure } from './stats';

/*
 * The merge issue's figure: 10 departments × 30 questions × 3 revisions merged (first
 * insertion, then two three-way updates each), against JSON parse + stringify of the
 * same contributions, in the same process.
 */

const DEPARTMENTS = 10;
const REVISIONS = 3;
const RUNS = 9;

function withBlockIds(content: RichText, prefix: string): RichText {
  return { root: { ...content.root, children: content.root.children.map((block, i) => ({ ...block, $: { blockId: `${prefix}-${i}` } })) } };
}

/** Revision r of a department's answer: the base text with every third block rewritten per revision. */
function revise(content: RichText, revision: number): RichText {
  const children = content.root.children.map((block, i) =>
    i % 3 === revision % 3 && block.type === 'paragraph'
      ? { ...block, children: [...block.children, { type: 'text' as const, version: 1 as const, text: ` (ändrad i version ${revision})`, format: 0, detail: 0, mode: 'normal' as const, style: '' }] }
      : block,
  );
  return { root: { ...content.root, children } };
}

function contributions(): Contribution[] {
  const contents = fullSizeContents(12_000, 11);
  const list: Contribution[] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
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
        answers: [...contents].map(([questionId, content]) => ({ questionId, content: revise(withBlockIds(content, `d${d}-${questionId}`), revision), choice: null, basis: [], ready: true })),
      });
    }
  }
  return list;
}

function mergeAll(list: Contribution[]): number {
  let n = 0;
  const newId = () => `m-${++n}`;
  const questions = list[0]!.answers.map((a) => a.questionId);
  let blocks = 0;
  for (const questionId of questions) {
    let answer = emptyRichText();
    for (let d = 0; d < DEPARTMENTS; d++) {
      const revisions = list.filter((c) => c.departmentId === `avd-${String(d).padStart(4, '0')}`);
      answer = insertContribution(answer, revisions[0]!, questionId, { newId });
      for (let r = 1; r < REVISIONS; r++) {
        const base = revisions[r - 1]!.answers.find((a) => a.questionId === questionId)!.content;
        const theirs = revisions[r]!.answers.find((a) => a.questionId === questionId)!.content;
        answer = mergeRevision(answer, base, theirs, { departmentId: revisions[r]!.departmentId, revision: r + 1, newId }).content;
      }
    }
    blocks += answer.root.children.length;
  }
  return blocks;
}

/** Times the merges against JSON parse + stringify of the same inputs. */
export function mergeBench(): Figure[] {
  const inputs = contributions();
  const merge: number[] = [];
  const json: number[] = [];
  let sink = 0;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    sink += mergeAll(inputs);
    merge.push(performance.now() - start);
    start = performance.now();
    sink += (JSON.parse(JSON.stringify(inputs)) as unknown[]).length;
    json.push(performance.now() - start);
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
  ];
}
