import { describe, expect, it } from 'vitest';
import { mergeStep, type MergeStepInput } from '../../../shared/merge/merge-step';
import { resolveConflict } from '../../../shared/merge/resolve-conflict';
import { startingState, type AnswerPart, type MergeState } from '../../../shared/report/merge-record';
import type { SerializedBlock, SerializedTextBlock } from '../../../shared/report/content-schema';
import { blockLines } from '../../../shared/report/rich-text-plain';
import { list, paragraph, richText, text } from '../fixtures';

/*
 * The merge step rule by rule, and one named regression test for each root cause the
 * merge issue found (#13): each failed with the merge that guessed its base from the text.
 */

const D = 'avd-folkhalsa';
const E = 'avd-naringsliv';
const para = (body: string, blockId: string, extra: SerializedTextBlock['$'] = {}): SerializedTextBlock => ({
  ...(paragraph(text(body)) as SerializedTextBlock),
  $: { blockId, ...extra },
});
const blank = (blockId: string): SerializedTextBlock => ({ ...(paragraph() as SerializedTextBlock), $: { blockId } });
const part = (...blocks: SerializedBlock[]): AnswerPart => ({ content: richText(...blocks), choice: null, basis: [] });

function counter() {
  let n = 0;
  return () => `ny-${++n}`;
}

const texts = (answer: AnswerPart) =>
  answer.content.root.children.map((b) =>
    b.type === 'conflict'
      ? `KONFLIKT[${b.mine ? blockLines(b.mine).join() : '–'}|${b.theirs ? blockLines(b.theirs).join() : '–'}]`
      : blockLines(b).join(),
  );

/** A coordinator and one or more departments, merging through the one step. */
class Desk {
  answer: AnswerPart = part(blank('tom'));
  states = new Map<string, MergeState>();
  private newId = counter();
  merge(departmentId: string, revision: number, theirs: AnswerPart, extra: Partial<MergeStepInput> = {}) {
    const result = mergeStep({
      answer: this.answer,
      state: this.states.get(departmentId),
      departmentId,
      revision,
      theirs,
      departmentOrder: [D, E],
      newId: this.newId,
      ...extra,
    });
    this.answer = result.answer;
    this.states.set(departmentId, result.state);
    return result;
  }
  edit(from: string, to: string) {
    this.blocks = this.blocks.map((b) =>
      b.type !== 'conflict' && blockLines(b).join() === from
        ? { ...para(to, b.$!.blockId!), $: { ...b.$, ...(b.$?.dept && { edited: true }) } }
        : b,
    );
  }
  remove(body: string) {
    this.blocks = this.blocks.filter((b) => b.type === 'conflict' || blockLines(b).join() !== body);
  }
  resolve(choice: 'mine' | 'theirs' | 'edit') {
    this.blocks = this.blocks.flatMap((b) => (b.type === 'conflict' ? resolveConflict(b, choice, this.newId) : [b]));
  }
  get blocks() {
    return this.answer.content.root.children;
  }
  set blocks(children: SerializedBlock[]) {
    this.answer = { ...this.answer, content: richText(...children) };
  }
}

describe('root causes of #13, each a regression test', () => {
  it('1. an open conflict follows later revisions, and "Ta deras" / "Behåll min" hold for the revisions after', () => {
    const desk = new Desk();
    desk.merge(D, 1, part(para('A1', 'a')));
    desk.edit('A1', 'A-min');
    desk.merge(D, 2, part(para('A2', 'a')));
    expect(texts(desk.answer)).toEqual(['KONFLIKT[A-min|A2]']);
    desk.merge(D, 3, part(para('A3', 'a')));
    expect(texts(desk.answer)).toEqual(['KONFLIKT[A-min|A3]']);
    desk.resolve('theirs');
    desk.merge(D, 4, part(para('A3', 'a'), para('B4', 'b')));
    expect(texts(desk.answer)).toEqual(['A3', 'B4']);
    expect(desk.blocks[0]!.$).toMatchObject({ dept: D, rev: 4, src: 'a' });
    desk.edit('A3', 'A-min-igen');
    desk.merge(D, 5, part(para('A5', 'a'), para('B4', 'b')));
    desk.resolve('mine');
    desk.merge(D, 6, part(para('A6', 'a'), para('B4', 'b')));
    expect(texts(desk.answer)).toEqual(['KONFLIKT[A-min-igen|A6]', 'B4']);
  });

  it('2. the base comes from the record: blocks the coordinator deleted stay deleted, changed ones come back as conflicts', () => {
    const desk = new Desk();
    desk.merge(D, 1, part(para('A1', 'a'), para('B1', 'b')));
    desk.remove('A1');
    desk.remove('B1');
    desk.merge(D, 2, part(para('A1', 'a'), para('B2', 'b')));
    expect(texts(desk.answer)).toEqual(['KONFLIKT[–|B2]']);
    // The blocks that carried the newest revision are gone too: still no older base.
    desk.resolve('mine');
    desk.merge(D, 3, part(para('A1', 'a'), para('B2', 'b')));
    expect(texts(desk.answer)).toEqual([]);
  });

  it('3. empty paragraphs: one left empty and filled later is new, and an answer of empty paragraphs gives way in either order', () => {
    const desk = new Desk();
    desk.merge(D, 1, part(para('A1', 'a'), blank('b')));
    const second = desk.merge(D, 2, part(para('A1', 'a'), para('B2', 'b')));
    expect(texts(desk.answer)).toEqual(['A1', 'B2']);
    expect(second.summary).toMatchObject({ added: 1, conflicts: 0 });
    const order = (first: string, then: string) => {
      const d = new Desk();
      d.blocks = [blank('x'), blank('y')];
      d.merge(first, 1, part(para(`${first}-text`, 'a')));
      d.merge(then, 1, part(para(`${then}-text`, 'a')));
      return texts(d.answer);
    };
    expect(order(D, E)).toEqual([`${D}-text`, `${E}-text`]);
    expect(order(E, D)).toEqual(order(D, E));
  });

  it('4. the starting text is merged three ways against itself, not inserted a second time', () => {
    const start = part(para('Samordnarens text.', 'k1'), list('bullet', 'Punkt ett') as SerializedTextBlock);
    const withId = {
      ...start,
      content: richText(start.content.root.children[0]!, { ...start.content.root.children[1]!, $: { blockId: 'k2' } }),
    };
    for (const state of [startingState(withId), undefined]) {
      const desk = new Desk();
      desk.answer = withId;
      if (state) desk.states.set(D, state);
      desk.merge(D, 1, part(...withId.content.root.children, para('En ny punkt från Folkhälsa.', 'f1')));
      expect(texts(desk.answer)).toEqual(['Samordnarens text.', '• Punkt ett', 'En ny punkt från Folkhälsa.']);
    }
  });

  it('5. the department’s Ja/Nej and basis are merged: taken, or an open choice conflict', () => {
    const desk = new Desk();
    const step = desk.merge(D, 1, { ...part(para('A1', 'a')), basis: ['utvärdering'] });
    expect(desk.answer.basis).toEqual(['utvärdering']);
    expect(step.choiceChange).toEqual({
      before: { choice: null, basis: [] },
      after: { choice: null, basis: ['utvärdering'] },
    });
    desk.answer = { ...desk.answer, basis: ['uppföljning'] };
    desk.merge(D, 2, { ...part(para('A1', 'a')), basis: ['annat'] });
    expect(desk.answer.basis).toEqual(['uppföljning']);
    expect(desk.states.get(D)!.choiceConflict).toEqual({ choice: null, basis: ['annat'] });
  });

  it('6. the department’s reordering is followed, and "Redigera" leaves unique ids and honest provenance', () => {
    const desk = new Desk();
    desk.merge(D, 1, part(para('A', 'a'), para('B', 'b'), para('C', 'c')));
    desk.merge(D, 2, part(para('C', 'c'), para('A', 'a'), para('B', 'b')));
    expect(texts(desk.answer)).toEqual(['C', 'A', 'B']);
    desk.blocks = [para('Eget', 'eget'), ...desk.blocks];
    desk.edit('A', 'A-min');
    desk.merge(D, 3, part(para('C', 'c'), para('A3', 'a'), para('B', 'b')));
    desk.resolve('edit');
    const ids = desk.blocks.map((b) => b.$?.blockId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(texts(desk.answer)).toEqual(['Eget', 'C', 'A-min', 'A3', 'B']);
    expect(desk.blocks[0]!.$).toEqual({ blockId: 'eget' });
    expect(desk.blocks[2]!.$).toMatchObject({ dept: D, edited: true });
    expect(desk.blocks[3]!.$).toMatchObject({ dept: D, rev: 3, src: 'a' });
    expect(desk.blocks[3]!.$?.edited).toBeUndefined();
  });
});

describe('the merge step, rule by rule', () => {
  it.each<[string, (desk: Desk) => void, AnswerPart, string[]]>([
    ['an untouched block follows the new text', () => {}, part(para('A2', 'a'), para('B1', 'b')), ['A2', 'B1']],
    [
      'a block the coordinator edited stays when the department did not change it',
      (d) => d.edit('A1', 'A-min'),
      part(para('A1', 'a'), para('B2', 'b')),
      ['A-min', 'B2'],
    ],
    [
      'a block changed on both sides becomes a conflict',
      (d) => d.edit('A1', 'A-min'),
      part(para('A2', 'a'), para('B1', 'b')),
      ['KONFLIKT[A-min|A2]', 'B1'],
    ],
    ['a block deleted by the department and untouched goes away', () => {}, part(para('B1', 'b')), ['B1']],
    [
      'a block the coordinator edited and the department deleted becomes a conflict',
      (d) => d.edit('A1', 'A-min'),
      part(para('B1', 'b')),
      ['KONFLIKT[A-min|–]', 'B1'],
    ],
    [
      'a new block appears after its predecessor',
      (d) => (d.blocks = [...d.blocks, para('Eget', 'e')]),
      part(para('A1', 'a'), para('NY', 'n'), para('B1', 'b')),
      ['A1', 'NY', 'B1', 'Eget'],
    ],
    [
      'a new first block goes before the department’s first block',
      (d) => (d.blocks = [para('Inledning', 'i'), ...d.blocks]),
      part(para('NY', 'n'), para('A1', 'a'), para('B1', 'b')),
      ['Inledning', 'NY', 'A1', 'B1'],
    ],
    [
      'a conflict whose department side comes to equal the coordinator’s resolves itself',
      (d) => d.edit('A1', 'A-min'),
      part(para('A-min', 'a'), para('B1', 'b')),
      ['A-min', 'B1'],
    ],
  ])('%s', (_name, coordinator, revision2, expected) => {
    const desk = new Desk();
    desk.merge(D, 1, part(para('A1', 'a'), para('B1', 'b')));
    coordinator(desk);
    desk.merge(D, 2, revision2);
    expect(texts(desk.answer)).toEqual(expected);
  });

  it.each([
    ['the same revision again', 2],
    ['an older revision after a newer one', 1],
  ])('%s changes nothing', (_name, revision) => {
    const desk = new Desk();
    desk.merge(D, 1, part(para('A1', 'a')));
    desk.merge(D, 2, part(para('A2', 'a')));
    const before = desk.answer;
    const result = desk.merge(D, revision, part(para('X', 'a'), para('Y', 'y')));
    expect(result.outcome).toBe('no-op');
    expect(desk.answer).toBe(before);
  });

  it('picks blocks and writes a sub-heading on a first merge; the heading goes with the department’s part', () => {
    const desk = new Desk();
    desk.merge(E, 1, part(para('E1', 'e')));
    desk.merge(D, 1, part(para('A1', 'a'), para('B1', 'b')), { insert: { blockIds: ['b'], heading: 'Prestationer' } });
    expect(texts(desk.answer)).toEqual(['Prestationer', 'B1', 'E1']);
  });
});
