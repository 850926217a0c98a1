import type { RichText, SerializedBlock, SerializedTextBlock } from '../report/content-schema';
import type { Contribution } from '../report/organisation-schema';
import { isBlankBlock, withBlocks, withState } from './blocks';

/*
 * The first merge of a department's answer: its blocks (all, or the ones picked) are
 * copied into the merged answer with their provenance (department, revision, source
 * block id), optionally under a sub-heading naming the department's part.
 */

export interface InsertOptions {
  /** Source block ids to take; all when undefined. */
  blockIds?: string[];
  /** A sub-heading written above the inserted blocks, e.g. "Prestationer – Transportsystemet". */
  heading?: string;
  newId: () => string;
}

function subHeading(text: string, blockId: string): SerializedTextBlock {
  return {
    type: 'heading',
    version: 1,
    tag: 'h4',
    direction: null,
    format: '',
    indent: 0,
    $: { blockId },
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
}

/** A department's newest contribution that answers the question, if any. */
export function latestContribution(contributions: readonly Contribution[], departmentId: string, questionId: string): Contribution | undefined {
  let latest: Contribution | undefined;
  for (const c of contributions) {
    if (c.departmentId !== departmentId || !c.answers.some((a) => a.questionId === questionId)) continue;
    if (!latest || c.revision > latest.revision) latest = c;
  }
  return latest;
}

/** The department's blocks for one question, each carrying its provenance and a fresh id in the answer. */
export function contributionBlocks(contribution: Contribution, questionId: string, options: Pick<InsertOptions, 'blockIds' | 'newId'>): SerializedTextBlock[] {
  const answer = contribution.answers.find((a) => a.questionId === questionId);
  const wanted = options.blockIds ? new Set(options.blockIds) : null;
  return (answer?.content.root.children ?? [])
    .filter((block): block is SerializedTextBlock => block.type !== 'conflict' && !isBlankBlock(block))
    .filter((block) => !wanted || (block.$?.blockId !== undefined && wanted.has(block.$.blockId)))
    .map((block) => withState(block, { blockId: options.newId(), dept: contribution.departmentId, rev: contribution.revision, src: block.$?.blockId }));
}

/** Appends a contribution's blocks (and the optional sub-heading) to the answer; a blank answer is replaced, not appended to. */
export function insertContribution(answer: RichText, contribution: Contribution, questionId: string, options: InsertOptions): RichText {
  const blocks: SerializedBlock[] = contributionBlocks(contribution, questionId, options);
  if (blocks.length === 0) return answer;
  if (options.heading?.trim()) blocks.unshift(subHeading(options.heading.trim(), options.newId()));
  const current = answer.root.children.every(isBlankBlock) ? [] : answer.root.children;
  return withBlocks(answer, [...current, ...blocks]);
}
