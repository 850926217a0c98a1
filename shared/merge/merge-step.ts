import { ensureBlockIds } from '../report/block-ids';
import type { SerializedBlock, SerializedTextBlock } from '../report/content-schema';
import { canonicalJson } from '../text/canonical-json';
import { carryBlockMarks, carryMarks } from '../report/content-marks';
import { blockBody, withBlocks } from './blocks';
import { blocksById } from '../report/block-ids';
import { mergeChoice, sameChoice } from './choice-merge';
import type { AnswerPart, ChoicePart, MergeState } from '../report/merge-record';
import { mergeBlocks, type BlockChange, type MergeSummary } from './three-way';

/*
 * The one merge step, used by the command line, the merge panel and "Sammanfoga alla":
 * one department's revision into one answer. It takes the base from the merge record
 * (an empty base when the department was never merged: every block is new), merges the
 * blocks, the choice and the basis, and returns the new answer with the new record. A
 * revision that is not newer than the one merged last changes nothing.
 */

export interface MergeStepInput {
  answer: AnswerPart;
  /** The record of this answer and department; undefined before the first merge. */
  state: MergeState | undefined;
  departmentId: string;
  revision: number;
  /** The department's answer in that revision. */
  theirs: AnswerPart;
  departmentOrder: readonly string[];
  /** On a first merge: the department blocks to take and a sub-heading above them. */
  insert?: { blockIds?: readonly string[] | undefined; heading?: string | undefined } | undefined;
  newId: () => string;
}

export interface MergeStepResult {
  /** `no-op`: the revision was merged before (or an older one arrived after a newer). */
  outcome: 'merged' | 'no-op';
  /** True when the answer's text, choice or basis changed. */
  changed: boolean;
  /** True when only comment marks changed (the department's comments on text both sides have). */
  marksChanged: boolean;
  answer: AnswerPart;
  state: MergeState;
  summary: MergeSummary;
  changes: BlockChange[];
  /** The choice and basis before and after, when they changed. */
  choiceChange: { before: ChoicePart; after: ChoicePart } | null;
}

const EMPTY_SUMMARY: MergeSummary = { updated: 0, added: 0, removed: 0, conflicts: 0, unchanged: 0 };

/** The sub-heading written above a department's first blocks: the coordinator's words, placed with the department's part. */
function subHeading(text: string, blockId: string, dept: string, rev: number): SerializedTextBlock {
  return {
    type: 'heading',
    version: 1,
    tag: 'h4',
    direction: null,
    format: '',
    indent: 0,
    $: { blockId, dept, rev },
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
}

/**
 * The department's comment marks on the blocks it sent, added to the answer's block each
 * is linked to (a block the coordinator kept as it was still gets the department's new
 * comment on it).
 */
function withTheirMarks(
  children: SerializedBlock[],
  links: readonly (readonly [string, string])[],
  theirs: AnswerPart,
): SerializedBlock[] {
  const theirBlocks = blocksById(theirs.content);
  const fromSrc = new Map(links.map(([src, id]) => [id, theirBlocks.get(src)] as const));
  return children.map((block) => {
    const source = fromSrc.get(block.$?.blockId ?? '');
    if (!source || block.type === 'conflict') return block;
    const carried = carryBlockMarks(source, block);
    return carried.placed.length > 0 ? carried.block : block;
  });
}

/** Links of a department never merged: its blocks that carry the id of one of the answer's blocks came from the starting text. */
function startingLinks(answer: AnswerPart, theirs: AnswerPart): Map<string, string> {
  const ours = new Set(answer.content.root.children.map((b) => b.$?.blockId));
  return new Map(
    theirs.content.root.children.flatMap((b): [string, string][] =>
      b.$?.blockId && ours.has(b.$.blockId) ? [[b.$.blockId, b.$.blockId]] : [],
    ),
  );
}

/** Merges one department's revision into one answer. */
export function mergeStep(input: MergeStepInput): MergeStepResult {
  const { state, answer, theirs, revision, newId } = input;
  if (state && revision <= state.revision) {
    return {
      outcome: 'no-op',
      changed: false,
      marksChanged: false,
      answer,
      state,
      summary: EMPTY_SUMMARY,
      changes: [],
      choiceChange: null,
    };
  }
  const content = ensureBlockIds(answer.content, newId);
  const heading =
    !state && input.insert?.heading?.trim()
      ? subHeading(input.insert.heading.trim(), newId(), input.departmentId, revision)
      : undefined;
  const blocks = mergeBlocks({
    ours: content.root.children,
    base: state?.base.content,
    theirs: theirs.content,
    links: state ? new Map(state.links) : startingLinks(answer, theirs),
    departmentId: input.departmentId,
    revision,
    departmentOrder: input.departmentOrder,
    pick: !state && input.insert?.blockIds ? new Set(input.insert.blockIds) : undefined,
    heading,
    newId,
  });
  const base: ChoicePart = state?.base ?? { choice: null, basis: [] };
  const choice = mergeChoice(answer, base, theirs, state?.choiceConflict ?? null);
  const children = withTheirMarks(blocks.children, blocks.links, theirs);
  const merged: AnswerPart = { content: carryMarks(content, withBlocks(content, children)), ...choice.result };
  // Blocks the merge did not touch are the same objects; only the others need comparing.
  const before = answer.content.root.children;
  const textChanged =
    children.length !== before.length ||
    children.some((b, i) => b !== before[i] && blockBody(b) !== blockBody(before[i]!));
  const choiceChanged = !sameChoice(answer, choice.result);
  // Only when the text stayed: block by block, the ones that are not the same object compared in full (marks and metadata).
  const after = merged.content.root.children;
  const marksChanged =
    !textChanged &&
    (after.length !== content.root.children.length ||
      after.some(
        (b, i) => b !== content.root.children[i] && canonicalJson(b) !== canonicalJson(content.root.children[i]),
      ));
  return {
    outcome: 'merged',
    changed: textChanged || choiceChanged,
    marksChanged,
    answer: merged,
    state: {
      revision,
      base: { content: theirs.content, choice: theirs.choice, basis: theirs.basis },
      links: blocks.links,
      choiceConflict: choice.conflict,
    },
    summary: blocks.summary,
    changes: blocks.changes,
    choiceChange: choiceChanged
      ? { before: { choice: answer.choice, basis: answer.basis }, after: choice.result }
      : null,
  };
}
