import { describe, expect, it } from 'vitest';
import { sameBody } from '../../../shared/merge/blocks';
import { mergeStep } from '../../../shared/merge/merge-step';
import {
  richTextSchema,
  type RichText,
  type SerializedInline,
  type SerializedParagraph,
} from '../../../shared/report/content-schema';
import {
  carryBlockMarks,
  carryMarks,
  contentWithoutMarks,
  markedQuote,
  markIds,
} from '../../../shared/report/content-marks';
import { blockLines } from '../../../shared/report/rich-text-plain';

const text = (t: string, format = 0): SerializedInline => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
const mark = (ids: string[], children: SerializedInline[]): SerializedInline =>
  ({ type: 'mark', version: 1, ids, direction: null, format: '', indent: 0, children }) as SerializedInline;
const para = (
  blockId: string,
  children: SerializedInline[],
  extra: Record<string, unknown> = {},
): SerializedParagraph => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  $: { blockId, ...extra },
});
const doc = (...children: SerializedParagraph[]): RichText => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
});

describe('comment marks in serialized text', () => {
  const marked = para('b1', [text('Vi har '), mark(['k1'], [text('ökat antalet')]), text(' platser.')]);

  it('are valid content and leave the plain text as it is', () => {
    expect(richTextSchema.safeParse(doc(marked)).success).toBe(true);
    expect(blockLines(marked)).toEqual(['Vi har ökat antalet platser.']);
  });

  it('are refused when empty or when they nest', () => {
    expect(richTextSchema.safeParse(doc(para('b1', [mark(['k1'], [])]))).success).toBe(false);
    expect(richTextSchema.safeParse(doc(para('b1', [mark(['k1'], [mark(['k2'], [text('x')])])]))).success).toBe(false);
  });

  it('do not count as a change of the block', () => {
    expect(sameBody(marked, para('b1', [text('Vi har ökat antalet platser.')]))).toBe(true);
    expect(sameBody(marked, para('b1', [text('Vi har ökat antalet platser!')]))).toBe(false);
  });

  it('name their comments and the words they mark', () => {
    expect([...markIds(doc(marked))]).toEqual(['k1']);
    expect(markedQuote(doc(marked), 'k1')).toEqual({ blockId: 'b1', quote: 'ökat antalet' });
    expect(contentWithoutMarks(doc(marked)).root.children[0]).toEqual(
      para('b1', [text('Vi har ökat antalet platser.')]),
    );
  });

  it.each([
    [
      'the same words, elsewhere in a changed block',
      para('b1', [text('Nu har vi ökat antalet platser kraftigt.')]),
      'ökat antalet',
    ],
    [
      'words split across two formats',
      para('b1', [text('Vi har ök'), text('at antalet', 1), text(' platser.')]),
      'ökat antalet',
    ],
    [
      'the nearest of two occurrences',
      para('b1', [text('ökat antalet. Vi har ökat antalet platser.')]),
      'ökat antalet',
    ],
  ])('are carried to %s', (_name, target, quote) => {
    const result = carryBlockMarks(marked, target);
    expect(result.placed).toEqual(['k1']);
    expect(markedQuote(doc(result.block as SerializedParagraph), 'k1')?.quote).toBe(quote);
    expect(blockLines(result.block)).toEqual(blockLines(target));
  });

  it('pick the occurrence nearest to where the words were', () => {
    const result = carryBlockMarks(marked, para('b1', [text('ökat antalet. Vi har ökat antalet platser.')]));
    const children = (result.block as SerializedParagraph).children;
    expect(children[0]).toEqual(text('ökat antalet. Vi har '));
  });

  it('are not carried when the words are gone', () => {
    expect(carryBlockMarks(marked, para('b1', [text('Helt ny text.')])).placed).toEqual([]);
  });

  it('come back after a change that lost them, on the block with the same id', () => {
    const before = doc(marked, para('b2', [text('Annat.')]));
    const after = doc(para('b2', [text('Annat.')]), para('b1', [text('Vi har ökat antalet platser i år.')]));
    expect(markedQuote(carryMarks(before, after), 'k1')).toEqual({ blockId: 'b1', quote: 'ökat antalet' });
  });

  it('stay on the coordinator’s words when a merge takes the department’s newer text', () => {
    const dept = 'avdelning-folkhalsa';
    const base = doc(para('d1', [text('Vi har ökat antalet platser.')]));
    const answer = doc(
      para('b1', [text('Vi har '), mark(['k1'], [text('ökat antalet')]), text(' platser.')], {
        dept,
        rev: 1,
        src: 'd1',
      }),
    );
    const theirs = doc(para('d1', [text('Vi har ökat antalet platser med 40.')]));
    const part = (content: RichText) => ({ content, choice: null, basis: [] });
    let n = 0;
    const result = mergeStep({
      answer: part(answer),
      state: { revision: 1, base: part(base), links: [['d1', 'b1']], choiceConflict: null },
      departmentId: dept,
      revision: 2,
      theirs: part(theirs),
      departmentOrder: [dept],
      newId: () => `ny-${++n}`,
    });
    expect(result.answer.content.root.children.map((b) => blockLines(b))).toEqual([
      ['Vi har ökat antalet platser med 40.'],
    ]);
    expect(markedQuote(result.answer.content, 'k1')?.quote).toBe('ökat antalet');
  });

  it('bring the department’s new comment into a block the coordinator kept', () => {
    const dept = 'avdelning-folkhalsa';
    const plain = doc(para('d1', [text('Vi har ökat antalet platser.')]));
    const answer = doc(para('b1', [text('Vi har ökat antalet platser.')], { dept, rev: 1, src: 'd1' }));
    const theirs = doc(para('d1', [text('Vi har ökat antalet '), mark(['k2'], [text('platser')]), text('.')]));
    const part = (content: RichText) => ({ content, choice: null, basis: [] });
    const result = mergeStep({
      answer: part(answer),
      state: { revision: 1, base: part(plain), links: [['d1', 'b1']], choiceConflict: null },
      departmentId: dept,
      revision: 2,
      theirs: part(theirs),
      departmentOrder: [dept],
      newId: () => 'x',
    });
    expect(result.changed).toBe(false);
    expect(result.marksChanged).toBe(true);
    expect(markedQuote(result.answer.content, 'k2')?.quote).toBe('platser');
  });
});
