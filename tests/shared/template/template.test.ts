import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import template2025 from '../../../assets/templates/resultatredovisning-2025.json';
import { listAnswerFields } from '../../../shared/template/answer-fields';
import { parseTemplate, TemplateError } from '../../../shared/template/parse-template';

const template = parseTemplate(template2025, 'resultatredovisning-2025.json');
const fields = listAnswerFields(template);
const referencePath = fileURLToPath(
  new URL('../../../../shared/reference/resultatredovisning-2025.md', import.meta.url),
);

/** Reads the question lines of the reference: "- 2.3 (text) Beskriv …" and "  - 5.1a (yesno) den …". */
function referenceQuestions(markdown: string) {
  const pattern = /^\s*- (\d\.\d[a-z]?) \((text|effect|yesno)(?:, footnote ([¹²³⁴⁵⁶⁷⁸]))?\) (.+)$/gm;
  return [...markdown.matchAll(pattern)].map(([, id, kind, footnote, text]) => ({ id, kind, footnote, text }));
}

describe('the 2025 template', () => {
  it('has 6 sections and 30 answer fields', () => {
    expect(template.sections).toHaveLength(6);
    expect(fields).toHaveLength(30);
  });

  it('lists the field ids in document order', () => {
    expect(fields.map((f) => f.id)).toEqual([
      ...['1.1', '1.2', '1.3', '1.4', '1.5'],
      ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'],
      ...['3.1', '3.2', '3.3', '3.4', '3.5'],
      ...['4.1', '4.2', '4.3', '4.4', '4.5'],
      ...['5.1a', '5.1b', '5.1c', '5.2', '5.3'],
      ...['6.1', '6.2', '6.3'],
    ]);
  });

  it.each([
    ['effect', ['1.5', '2.7', '3.5', '4.5']],
    ['yesno', ['5.1a', '5.1b', '5.1c']],
  ])('marks the %s fields', (kind, ids) => {
    expect(fields.filter((f) => f.kind === kind).map((f) => f.id)).toEqual(ids);
  });

  it('numbers 8 footnotes through the document: the prestation question, then Ibid. on the effect question', () => {
    const notes = fields
      .filter((f) => f.footnote)
      .map((f) => [f.id, f.footnote?.number, f.footnote?.text.slice(0, 20)]);
    expect(notes).toEqual([
      ['1.4', 1, 'För definitioner och'],
      ['1.5', 2, 'Ibid.'],
      ['2.6', 3, 'För definitioner och'],
      ['2.7', 4, 'Ibid.'],
      ['3.4', 5, 'För definitioner och'],
      ['3.5', 6, 'Ibid.'],
      ['4.4', 7, 'För definitioner och'],
      ['4.5', 8, 'Ibid.'],
    ]);
  });

  it('gives every yes/no field the instruction line and the group lead-in', () => {
    for (const field of fields.filter((f) => f.kind === 'yesno')) {
      expect(field.groupText).toBe('Har anslaget bidragit till att nå målen i:');
      expect(field.instruction).toMatch(/^Om ja, beskriv hur anslaget har bidragit/);
    }
  });

  it('has the six header fields and the signature block', () => {
    expect(template.header.map((h) => h.label)).toEqual([
      'Förvaltning/Enhet',
      'Namn',
      'Direkttelefon/e-postadress',
      'Datum',
      'Vårt dnr',
      'Ert dnr',
    ]);
    expect(template.signature.map((s) => s.id)).toEqual([
      'ort',
      'datum',
      'namn',
      'titel',
      'forvaltning',
      'organisation',
    ]);
  });
});

describe('the 2025 template against the reference text', () => {
  if (!existsSync(referencePath)) {
    const reason = `cannot compare: ${referencePath} is missing (shared/ is laid beside the repo in CI and sessions)`;
    console.log(`Skipping the reference comparison: ${reason}`);
    it.skip(reason, () => {});
    return;
  }
  const markdown = readFileSync(referencePath, 'utf8');
  const reference = referenceQuestions(markdown);
  const superscript = ' ¹²³⁴⁵⁶⁷⁸';

  it('reads 30 questions from the reference', () => {
    expect(reference).toHaveLength(30);
  });

  it.each(reference)('$id has the verbatim text and kind of the reference', ({ id, kind, footnote, text }) => {
    const field = fields.find((f) => f.id === id);
    expect(field?.text).toBe(text);
    expect(field?.kind).toBe(kind);
    expect(field?.footnote?.number).toBe(footnote ? superscript.indexOf(footnote) : undefined);
  });

  it.each(template.sections)('section $number has the reference title', ({ number, title }) => {
    expect(markdown).toContain(`### ${number}. ${title}\n`);
  });

  it('carries the footnote texts and the yes/no instruction verbatim', () => {
    const texts = new Set(fields.flatMap((f) => [f.footnote?.text, f.instruction]).filter(Boolean));
    for (const text of texts) expect(markdown).toContain(`"${text}"`);
  });
});

describe('parseTemplate', () => {
  const clone = () =>
    JSON.parse(JSON.stringify(template2025)) as Record<string, unknown> & {
      sections: { items: Record<string, unknown>[] }[];
    };

  it.each([
    ['an unknown top-level field', (t: ReturnType<typeof clone>) => Object.assign(t, { extra: true })],
    [
      'a duplicated question id',
      (t: ReturnType<typeof clone>) => t.sections[0]!.items.push({ ...t.sections[0]!.items[0] }),
    ],
    [
      'a question in the wrong section',
      (t: ReturnType<typeof clone>) => Object.assign(t.sections[1]!.items[0]!, { id: '1.9' }),
    ],
    [
      'an unknown answer kind',
      (t: ReturnType<typeof clone>) => Object.assign(t.sections[0]!.items[0]!, { kind: 'essay' }),
    ],
    [
      'an empty question text',
      (t: ReturnType<typeof clone>) => Object.assign(t.sections[0]!.items[0]!, { text: '  ' }),
    ],
  ])('rejects a template with %s, naming the file', (_name, mutate) => {
    const broken = clone();
    mutate(broken);
    expect(() => parseTemplate(broken, 'trasig.json')).toThrow(TemplateError);
    expect(() => parseTemplate(broken, 'trasig.json')).toThrow(/^Mallen trasig\.json är ogiltig/);
  });
});
