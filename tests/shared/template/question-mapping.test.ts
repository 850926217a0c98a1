import { describe, expect, it } from 'vitest';
import { listAnswerFields } from '../../../shared/template/answer-fields';
import { mapQuestions, repairMapping, type QuestionMapping } from '../../../shared/template/question-mapping';
import type { Section, Template } from '../../../shared/template/template-schema';
import { template2025Json as t2025 } from '../docx/import/template-files';

const pairOf = (mapping: QuestionMapping, to: string) => mapping.pairs.find((p) => p.to === to);

/** The 2025 template with its sections changed. */
function edited(change: (sections: Section[]) => Section[]): Template {
  return { ...t2025, id: 'resultatredovisning-2026', year: 2026, sections: change(structuredClone(t2025.sections)) };
}

describe('mapQuestions', () => {
  it('pairs every question with itself on the same template', () => {
    const mapping = mapQuestions(t2025, t2025);
    expect(mapping.pairs.every((p) => p.from === p.to && p.kind === 'same')).toBe(true);
    expect(mapping.dropped).toEqual([]);
  });

  it('follows a question renumbered by a new one before it, by its words', () => {
    const mapping = mapQuestions(
      t2025,
      edited((sections) => {
        const s2 = sections[1]!;
        const moved = s2.items.map((item, i) => ({ ...item, id: `2.${i + 2}` }));
        s2.items = [
          {
            type: 'question',
            id: '2.1',
            kind: 'text',
            text: 'Beskriv regionens arbete med validering av yrkeskunskaper.',
          },
          ...moved,
        ] as Section['items'];
        return sections;
      }),
    );
    expect(pairOf(mapping, '2.1')).toEqual({ to: '2.1', from: null, kind: 'new' });
    for (let n = 1; n <= 7; n++)
      expect(pairOf(mapping, `2.${n + 1}`)).toEqual({ to: `2.${n + 1}`, from: `2.${n}`, kind: 'same' });
    expect(mapping.dropped).toEqual([]);
  });

  it('keeps questions of the same wording in their own sections when a section is inserted', () => {
    const mapping = mapQuestions(
      t2025,
      edited((sections) => {
        const inserted: Section = {
          number: '2',
          title: 'Kultur och besöksnäring',
          items: [
            {
              type: 'question',
              id: '2.1',
              kind: 'text',
              text: 'Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.',
            },
          ],
        };
        const renumbered = sections.slice(1).map((s, i) => {
          const number = String(i + 3);
          const renumber = (id: string) => id.replace(/^\d+/, number);
          return {
            ...s,
            number,
            items: s.items.map((item) =>
              item.type === 'group'
                ? { ...item, id: renumber(item.id), parts: item.parts.map((p) => ({ ...p, id: renumber(p.id) })) }
                : { ...item, id: renumber(item.id) },
            ),
          } as Section;
        });
        return [sections[0]!, inserted, ...renumbered];
      }),
    );
    // The new section's 2.1 shares its words with 1.1, 3.1 and 4.1, which all continue in their own sections.
    expect(pairOf(mapping, '2.1')?.from).toBe(null);
    expect(pairOf(mapping, '4.1')?.from).toBe('3.1');
    expect(pairOf(mapping, '5.1')?.from).toBe('4.1');
    expect(pairOf(mapping, '6.1a')).toEqual({ to: '6.1a', from: '5.1a', kind: 'same' });
    expect(pairOf(mapping, '7.3')?.from).toBe('6.3');
  });

  it.each([
    [
      'a few words changed (80 % kept): by words',
      'Beskriv hur ni har beaktat olika territoriella perspektiv i arbetet inom området.',
      '1.3',
      'reworded',
    ],
    [
      'rewritten but about the same (45 % kept): by its number',
      'Beskriv hur olika territoriella perspektiv har påverkat prioriteringarna i arbetet.',
      '1.3',
      'reworded',
    ],
    [
      'another question under the old number: new',
      'Redovisa antalet anställda vid den regionala utvecklingsförvaltningen.',
      null,
      'new',
    ],
  ])('1.3 %s', (_, text, from, kind) => {
    const mapping = mapQuestions(
      t2025,
      edited((sections) => {
        sections[0]!.items[2] = { type: 'question', id: '1.3', kind: 'text', text };
        return sections;
      }),
    );
    expect(pairOf(mapping, '1.3')).toEqual({ to: '1.3', from, kind });
    expect(mapping.dropped).toEqual(from === null ? ['1.3'] : []);
  });

  it('flags a question whose kind changed', () => {
    const mapping = mapQuestions(
      t2025,
      edited((sections) => {
        const q = sections[5]!.items[0]!;
        if (q.type === 'question') q.kind = 'yesno';
        return sections;
      }),
    );
    expect(pairOf(mapping, '6.1')).toEqual({ to: '6.1', from: '6.1', kind: 'reworded' });
  });

  it('lets the person change a pair; the question given away becomes new', () => {
    const to = edited((sections) => sections);
    const changed = repairMapping(mapQuestions(t2025, to), t2025, to, '6.2', '6.3');
    expect(pairOf(changed, '6.2')).toEqual({ to: '6.2', from: '6.3', kind: 'reworded' });
    expect(pairOf(changed, '6.3')).toEqual({ to: '6.3', from: null, kind: 'new' });
    expect(changed.dropped).toEqual(['6.2']);
    const none = repairMapping(changed, t2025, to, '6.2', null);
    expect(none.dropped).toEqual(['6.2', '6.3']);
    expect(none.pairs).toHaveLength(listAnswerFields(to).length);
  });
});
