import { describe, expect, it } from 'vitest';
import { changedWords, diffAnswer, type UnitChange } from '../../../shared/compare/answer-diff';
import type { SerializedBlock } from '../../../shared/report/content-schema';
import { atomText } from '../../../shared/report/inline-atoms';
import { list, paragraph, richText, text } from '../fixtures';

const withId = (block: SerializedBlock, blockId: string): SerializedBlock =>
  ({ ...block, $: { blockId } }) as SerializedBlock;
const p = (value: string, id?: string) => (id ? withId(paragraph(text(value)), id) : paragraph(text(value)));

/** A change as a line: "=" same, "+" added, "-" removed, "~" changed with [-old-]{+new+} inline. */
function show(change: UnitChange): string {
  const atoms = (atoms: Parameters<typeof atomText>[0][]) => atoms.map(atomText).join('');
  if (change.kind === 'same') return `= ${change.unit.text}`;
  if (change.kind === 'added') return `+ ${change.unit.text}`;
  if (change.kind === 'removed') return `- ${change.unit.text}`;
  return `~ ${change.segments.map((s) => (s.kind === 'same' ? atoms(s.atoms) : s.kind === 'added' ? `{+${atoms(s.atoms)}+}` : `[-${atoms(s.atoms)}-]`)).join('')}`;
}

describe('diffAnswer', () => {
  it.each([
    ['identical text', [p('Ett. Två.')], [p('Ett. Två.')], ['= Ett. Två.']],
    [
      'a word changed',
      [p('Regionen har arbetat med kompetens.')],
      [p('Regionen har arbetat aktivt med kompetens.')],
      ['~ Regionen har arbetat {+aktivt +}med kompetens.'],
    ],
    [
      'a phrase replaced: the spaces between join the change',
      [p('Vi gjorde det i fjol.')],
      [p('Vi gör det i år.')],
      ['~ Vi [-gjorde-]{+gör+} det i [-fjol-]{+år+}.'],
    ],
    [
      'two adjacent changed words read as one change',
      [p('röd bil kör', 'b')],
      [p('blå buss kör', 'b')],
      ['~ [-röd bil-]{+blå buss+} kör'],
    ],
    [
      'a paragraph added between two',
      [p('A a.'), p('C c.')],
      [p('A a.'), p('B b.'), p('C c.')],
      ['= A a.', '+ B b.', '= C c.'],
    ],
    ['a paragraph removed', [p('A a.'), p('B b.'), p('C c.')], [p('A a.'), p('C c.')], ['= A a.', '- B b.', '= C c.']],
    [
      'an edited paragraph without block ids is paired by its words',
      [p('Ett två tre fyra fem.'), p('Helt annat.')],
      [p('Ett två tre fyra sex.'), p('Helt annat.')],
      ['~ Ett två tre fyra [-fem-]{+sex+}.', '= Helt annat.'],
    ],
    [
      'an unrelated paragraph is removed and added, not paired',
      [p('Alfa beta gamma.')],
      [p('Ingenting gemensamt här.')],
      ['- Alfa beta gamma.', '+ Ingenting gemensamt här.'],
    ],
    [
      'the same block id pairs a rewritten paragraph',
      [p('Alfa beta gamma.', 'b1')],
      [p('Ingenting gemensamt här.', 'b1')],
      ['~ [-Alfa beta gamma-]{+Ingenting gemensamt här+}.'],
    ],
    [
      'a moved block: one side is kept, the other removed and added',
      [p('Första.', 'x'), p('Andra.', 'y')],
      [p('Andra.', 'y'), p('Första.', 'x')],
      ['- Första.', '= Andra.', '+ Första.'],
    ],
    [
      'list items are units of their own',
      [list('bullet', 'ett', 'två')],
      [list('bullet', 'ett', 'tre', 'två')],
      ['= ett', '+ tre', '= två'],
    ],
    ['empty before: all added', [], [p('Ny text.')], ['+ Ny text.']],
    ['empty after: all removed', [p('Gammal text.')], [], ['- Gammal text.']],
  ])('%s', (_name, before, after, expected) => {
    expect(diffAnswer(richText(...before), richText(...after)).map(show)).toEqual(expected);
  });

  it('a missing side is an empty answer', () => {
    expect(diffAnswer(undefined, richText(p('Nytt.'))).map(show)).toEqual(['+ Nytt.']);
    expect(diffAnswer(richText(p('Borta.')), undefined).map(show)).toEqual(['- Borta.']);
  });

  it('keeps the formatting of each side: same words in the new format, removed words in the old', () => {
    const before = richText(paragraph(text('Mycket '), text('viktigt', 1), text(' arbete.')));
    const after = richText(paragraph(text('Mycket '), text('viktigt', 2), text(' och nytt arbete.')));
    const [change] = diffAnswer(before, after);
    expect(change?.kind).toBe('changed');
    if (change?.kind !== 'changed') return;
    const formats = change.segments.flatMap((s) =>
      s.atoms.map((a) => [s.kind, atomText(a), a.leaf.type === 'text' ? a.leaf.format : -1]),
    );
    expect(formats).toEqual([
      ['same', 'Mycket ', 0],
      ['same', 'viktigt', 2],
      ['same', ' ', 0],
      ['added', 'och nytt ', 0],
      ['same', 'arbete.', 0],
    ]);
  });

  it('compares an image by its id', () => {
    const image = (imageId: string) => ({
      type: 'image' as const,
      version: 1 as const,
      imageId,
      altText: '',
      width: null,
      height: null,
    });
    const changes = diffAnswer(
      richText(paragraph(text('Se '), image('bild-a'))),
      richText(paragraph(text('Se '), image('bild-b'))),
    );
    expect(changes.map((c) => c.kind)).toEqual(['changed']);
    expect(changedWords(changes)).toBe(2);
  });

  it.each([
    ['nothing changed', [p('Ett två.')], [p('Ett två.')], 0],
    ['one word added', [p('Ett två.')], [p('Ett två tre.')], 1],
    ['a word replaced counts both sides', [p('Ett två.')], [p('Ett fyra.')], 2],
    ['a paragraph removed counts its words', [p('Ett två.'), p('Tre fyra fem.')], [p('Ett två.')], 3],
  ])('counts changed words: %s', (_name, before, after, count) => {
    expect(changedWords(diffAnswer(richText(...before), richText(...after)))).toBe(count);
  });

  it('gives up word by word on two long unrelated texts, and is still right', () => {
    const words = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
    const changes = diffAnswer(richText(p(words('a', 3_000))), richText(p(words('b', 3_000))));
    const removed = changes.flatMap((c) =>
      c.kind === 'removed'
        ? [c.unit.text]
        : c.kind === 'changed'
          ? c.segments.filter((s) => s.kind === 'removed').map((s) => s.atoms.map(atomText).join(''))
          : [],
    );
    expect(removed.join('')).toContain('a2999');
    expect(changedWords(changes)).toBe(6_000);
  });
});
