import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RichText, SerializedBlock, SerializedTextBlock } from '../../../shared/report/content-schema';
import { mergedRevision, mergeRevision } from '../../../shared/merge/three-way';
import { blockLines } from '../../../shared/text/rich-text-plain';
import { paragraph, richText, text } from '../fixtures';

const D = 'avd-folkhalsa';
const para = (body: string, state?: SerializedTextBlock['$']): SerializedTextBlock => ({ ...(paragraph(text(body)) as SerializedTextBlock), $: state });
const src = (id: string, body: string) => para(body, { blockId: id });
const merged = (id: string, body: string, extra: object = {}) => para(body, { blockId: `m-${id}`, dept: D, rev: 1, src: id, ...extra });
const mine = (body: string) => para(body, { blockId: `eget-${body.length}` });

function counter() {
  let n = 0;
  return () => `ny-${++n}`;
}

const texts = (content: RichText) => content.root.children.map((b) => (b.type === 'conflict' ? `KONFLIKT[${b.mine ? blockLines(b.mine).join() : '–'}|${b.theirs ? blockLines(b.theirs).join() : '–'}]` : blockLines(b).join()));

describe('mergeRevision, rule by rule', () => {
  const base = richText(src('a', 'A1'), src('b', 'B1'), src('c', 'C1'));
  it.each<[string, SerializedBlock[], SerializedBlock[], string[], Partial<Record<string, number>>]>([
    ['an untouched block follows the new text', [merged('a', 'A1'), merged('b', 'B1'), merged('c', 'C1')], [src('a', 'A2'), src('b', 'B1'), src('c', 'C1')], ['A2', 'B1', 'C1'], { updated: 1 }],
    ['a block the coordinator edited stays when the department did not change it', [merged('a', 'A-redigerad'), merged('b', 'B1'), merged('c', 'C1')], [src('a', 'A1'), src('b', 'B2'), src('c', 'C1')], ['A-redigerad', 'B2', 'C1'], { updated: 1 }],
    ['a block changed on both sides becomes a conflict', [merged('a', 'A-min'), merged('b', 'B1'), merged('c', 'C1')], [src('a', 'A-deras'), src('b', 'B1'), src('c', 'C1')], ['KONFLIKT[A-min|A-deras]', 'B1', 'C1'], { conflicts: 1 }],
    ['a block deleted by the department and untouched goes away', [merged('a', 'A1'), merged('b', 'B1'), merged('c', 'C1')], [src('a', 'A1'), src('c', 'C1')], ['A1', 'C1'], { removed: 1 }],
    ['a block the coordinator edited and the department deleted becomes a conflict', [merged('a', 'A1'), merged('b', 'B-min'), merged('c', 'C1')], [src('a', 'A1'), src('c', 'C1')], ['A1', 'KONFLIKT[B-min|–]', 'C1'], { conflicts: 1 }],
    ['a block the coordinator deleted stays deleted when the department did not change it', [merged('a', 'A1'), merged('c', 'C1')], [src('a', 'A1'), src('b', 'B1'), src('c', 'C1')], ['A1', 'C1'], {}],
    ['a block the coordinator deleted and the department changed becomes a conflict', [merged('a', 'A1'), merged('c', 'C1')], [src('a', 'A1'), src('b', 'B2'), src('c', 'C1')], ['A1', 'KONFLIKT[–|B2]', 'C1'], { conflicts: 1 }],
    ['a new block appears after its predecessor from the department', [mine('Inledning'), merged('a', 'A1'), merged('b', 'B1'), mine('Mellan'), merged('c', 'C1')], [src('a', 'A1'), src('b', 'B1'), src('ny', 'NY'), src('c', 'C1')], ['Inledning', 'A1', 'B1', 'NY', 'Mellan', 'C1'], { added: 1 }],
    ['a new first block goes before the department’s first block', [mine('Inledning'), merged('a', 'A1'), merged('b', 'B1'), merged('c', 'C1')], [src('ny', 'NY'), src('a', 'A1'), src('b', 'B1'), src('c', 'C1')], ['Inledning', 'NY', 'A1', 'B1', 'C1'], { added: 1 }],
    ['other departments’ blocks and the coordinator’s own are left alone', [para('Annan', { blockId: 'x1', dept: 'avd-annan', rev: 3, src: 'a' }), mine('Eget'), merged('a', 'A1')], [src('a', 'A2')], ['Annan', 'Eget', 'A2'], { updated: 1, removed: 0 }],
  ])('%s', (_name, ours, theirs, expected, summary) => {
    const result = mergeRevision(richText(...ours), base, richText(...theirs), { departmentId: D, revision: 2, newId: counter() });
    expect(texts(result.content)).toEqual(expected);
    expect(result.summary).toMatchObject(summary);
  });

  it('keeps provenance: merged blocks name the department, the new revision and their source block', () => {
    const result = mergeRevision(richText(merged('a', 'A1')), base, richText(src('a', 'A2')), { departmentId: D, revision: 2, newId: counter() });
    expect(result.content.root.children[0]!.$).toEqual({ blockId: 'm-a', dept: D, rev: 2, src: 'a' });
  });
});

// Generated inputs: a base revision, the department's next revision and the coordinator's answer, each derived by random edits.
const baseArb = fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 0, maxLength: 10 }).map((ids) => ids.map((n) => ({ id: `b${n}`, body: `bas-${n}` })));

const scenarioArb = baseArb.chain((base) =>
  fc.record({
    base: fc.constant(base),
    theirs: fc.array(fc.constantFrom('keep', 'edit', 'delete', 'insert-after'), { minLength: base.length, maxLength: base.length }),
    ours: fc.array(fc.constantFrom('keep', 'edit', 'delete', 'own-after'), { minLength: base.length, maxLength: base.length }),
  }),
);

interface Scenario {
  base: { id: string; body: string }[];
  theirs: string[];
  ours: string[];
}

function build({ base, theirs: theirOps, ours: ourOps }: Scenario) {
  const baseContent = richText(...base.map((b) => src(b.id, b.body)));
  const theirs: SerializedTextBlock[] = [];
  base.forEach((b, i) => {
    const op = theirOps[i];
    if (op !== 'delete') theirs.push(src(b.id, op === 'edit' ? `deras-${b.id}` : b.body));
    if (op === 'insert-after') theirs.push(src(`n${b.id}`, `ny-${b.id}`));
  });
  const ours: SerializedTextBlock[] = [];
  base.forEach((b, i) => {
    const op = ourOps[i];
    if (op !== 'delete') ours.push(merged(b.id, op === 'edit' ? `min-${b.id}` : b.body));
    if (op === 'own-after') ours.push(para(`eget-${b.id}`, { blockId: `e${b.id}` }));
  });
  return { baseContent, theirs: richText(...theirs), ours: richText(...ours) };
}

const allTexts = (content: RichText) => new Set(content.root.children.flatMap((b) => blockLines(b)));

describe('mergeRevision, over generated inputs', () => {
  it('loses no text: each block of theirs and ours is in the result, in a conflict, or removed by its own side', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { baseContent, theirs, ours } = build(scenario);
        const result = allTexts(mergeRevision(ours, baseContent, theirs, { departmentId: D, revision: 2, newId: counter() }).content);
        const baseBodies = new Map(baseContent.root.children.map((b) => [b.$!.blockId!, blockLines(b).join()]));
        const theirIds = new Set(theirs.root.children.map((b) => b.$!.blockId!));
        for (const block of theirs.root.children) {
          const id = block.$!.blockId!;
          const body = blockLines(block).join();
          // Text the department did not change is not news: the coordinator's edit or deletion of it stands.
          const unchangedByDepartment = baseBodies.get(id) === body;
          if (!unchangedByDepartment) expect(result.has(body), `theirs ${body}`).toBe(true);
        }
        for (const block of ours.root.children) {
          const body = blockLines(block).join();
          const srcId = block.$!.src;
          // Text the coordinator left as the department wrote it is the department's own: its new revision may change or delete it.
          const departmentsUntouchedText = srcId !== undefined && baseBodies.get(srcId) === body;
          if (!departmentsUntouchedText) expect(result.has(body), `ours ${body}`).toBe(true);
          if (departmentsUntouchedText && theirIds.has(srcId)) {
            const now = theirs.root.children.find((b) => b.$!.blockId === srcId)!;
            expect(result.has(blockLines(now).join()), `replaced ${body}`).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing when the same revision is merged twice', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { baseContent, theirs, ours } = build(scenario);
        const once = mergeRevision(ours, baseContent, theirs, { departmentId: D, revision: 2, newId: counter() }).content;
        const twice = mergeRevision(once, theirs, theirs, { departmentId: D, revision: 2, newId: counter() });
        expect(twice.content).toEqual(once);
        expect(twice.summary).toMatchObject({ updated: 0, added: 0, removed: 0, conflicts: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the department’s block order', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { baseContent, theirs, ours } = build(scenario);
        const result = mergeRevision(ours, baseContent, theirs, { departmentId: D, revision: 2, newId: counter() }).content;
        const order = theirs.root.children.map((b) => b.$!.blockId!);
        const seen = result.root.children
          .map((b) => (b.type === 'conflict' ? (b.theirs ?? b.mine)?.$?.src : b.$?.src))
          .filter((id): id is string => id !== undefined && order.includes(id));
        expect(seen).toEqual(order.filter((id) => seen.includes(id)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('mergedRevision', () => {
  it.each([
    [richText(mine('x')), undefined],
    [richText(merged('a', 'A'), para('B', { blockId: 'q', dept: D, rev: 3, src: 'b' })), 3],
    [richText({ type: 'conflict', version: 1, departmentId: D, revision: 4, mine: null, theirs: null }), 4],
    [richText(para('B', { blockId: 'q', dept: 'avd-annan', rev: 9, src: 'b' })), undefined],
  ])('%#', (content, expected) => {
    expect(mergedRevision(content, D)).toBe(expected);
  });
});
