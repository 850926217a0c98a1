import { describe, expect, it } from 'vitest';
import { provenanceAuthors } from '../../../../shared/compare/change-authors';
import { buildReportDocx, type DocxInput } from '../../../../shared/docx/export/report-docx';
import type { SerializedBlock } from '../../../../shared/report/content-schema';
import type { Answer } from '../../../../shared/report/report-schema';
import { list, paragraph, richText, text } from '../../fixtures';
import { completeReport, template } from '../../preflight/complete-report';
import { malformedParts, xmlParts } from './docx-parts';
import { docxThroughOffice, docxToPdfText, officeMissing } from '../../../tools/office';

/*
 * "Exportera ändringar som Word-dokument": the differences from an earlier text as Word
 * tracked changes (w:ins / w:del), authored from provenance.
 */

const FOLKHALSA = 'avd-folkhalsa';
const fromDept = (block: SerializedBlock, rev: number, edited = false): SerializedBlock =>
  ({
    ...block,
    $: { blockId: `b-${rev}-${edited}`, dept: FOLKHALSA, rev, ...(edited && { edited }) },
  }) as SerializedBlock;

function input(): DocxInput {
  const now = completeReport();
  const before = completeReport().answers.map((a): Answer => ({ ...a }));
  const set = (answers: Answer[], id: string, change: Partial<Answer>) => {
    const at = answers.findIndex((a) => a.questionId === id);
    if (at < 0) throw new Error(`ingen fråga ${id}`);
    answers[at] = { ...answers[at]!, ...change };
  };
  const answers = [...now.answers];
  // 1.1: the department rewrote one word; 1.2: a paragraph added by the department, one removed by the coordinator.
  set(before, '1.1', { content: richText(paragraph(text('Vi gjorde det i fjol.'))) });
  set(answers, '1.1', {
    content: richText(fromDept(paragraph(text('Vi gör det i år.')), 2)),
    updatedAt: '2026-03-05T10:00:00.000Z',
  });
  set(before, '1.2', {
    content: richText(paragraph(text('Stycket som blir kvar.')), paragraph(text('Ett stycke som strök.'))),
  });
  set(answers, '1.2', {
    content: richText(
      paragraph(text('Stycket som blir kvar.')),
      fromDept(paragraph(text('Helt nytt stycke från avdelningen.')), 1),
    ),
    updatedAt: '2026-03-06T10:00:00.000Z',
  });
  // 1.3: a department's block the coordinator edited afterwards is the coordinator's change.
  set(before, '1.3', { content: richText(list('bullet', 'första punkten', 'andra punkten')) });
  set(answers, '1.3', {
    content: richText(fromDept(list('bullet', 'första punkten', 'ändrad punkt'), 1, true)),
    updatedAt: '2026-03-07T10:00:00.000Z',
  });
  set(before, '5.1a', { choice: 'nej' });
  const contributions = [
    { departmentId: FOLKHALSA, revision: 1, createdAt: '2026-02-01T08:00:00.000Z' },
    { departmentId: FOLKHALSA, revision: 2, createdAt: '2026-02-15T08:00:00.000Z' },
  ];
  const authors = provenanceAuthors([{ id: FOLKHALSA, name: 'Folkhälsa' }], contributions, '2026-03-01T00:00:00.000Z');
  return {
    template,
    report: now.report,
    answers,
    images: new Map(),
    mode: 'utkast',
    changes: { label: 'årsrapporten 2024', before, authors },
  };
}

/** The tracked changes of document.xml: kind, author, date and text, in order. */
function trackedChanges(xml: string): string[] {
  return [...xml.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)" w:date="([^"]*)"[^>]*>(.*?)<\/w:\1>/gs)].map(
    ([, kind, author, date, inner]) => {
      const words = [...inner!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((m) => m[1]).join('');
      return `${kind} ${author} ${date!.slice(0, 10)} ${words}`;
    },
  );
}

describe('the changes document', () => {
  it('writes the differences as tracked changes with the authors and dates from provenance', async () => {
    const bytes = await buildReportDocx(input());
    expect(malformedParts(bytes)).toEqual([]);
    const document = xmlParts(bytes).get('word/document.xml')!;
    const changes = trackedChanges(document);
    expect(changes).toEqual(
      expect.arrayContaining([
        'del Folkhälsa 2026-02-15 gjorde',
        'ins Folkhälsa 2026-02-15 gör',
        'del Folkhälsa 2026-02-15 fjol',
        'ins Folkhälsa 2026-02-15 år',
        'del Samordnare 2026-03-06 Ett stycke som strök.',
        'ins Folkhälsa 2026-02-01 Helt nytt stycke från avdelningen.',
        'del Samordnare 2026-03-07 andra punkten',
        'ins Samordnare 2026-03-07 ändrad punkt',
      ]),
    );
    // The word changes sit in their sentence, in order.
    expect(document).toMatch(/Vi .*gjorde.*gör.* det i .*fjol.*år/s);
    // Whole paragraphs: the paragraph mark is inserted or deleted too, so nothing empty is left behind.
    expect(document).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins [^>]*w:author="Folkhälsa"/s);
    expect(document).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:del [^>]*w:author="Samordnare"/s);
    // A changed Ja/Nej: last year's boxes deleted, this year's inserted.
    expect(changes.filter((c) => /[☐☒]/.test(c))).toEqual([
      'del Samordnare 2026-01-21 ☐ Ja',
      'ins Samordnare 2026-01-21 ☒ Ja',
      'del Samordnare 2026-01-21 ☒ Nej',
      'ins Samordnare 2026-01-21 ☐ Nej',
    ]);
    // Every revision has its own id.
    const ids = [...document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document).toContain('Ändringarna sedan årsrapporten 2024 visas som spårade ändringar');
  });

  it('has no tracked change where nothing changed', async () => {
    const same = input();
    const bytes = await buildReportDocx({ ...same, changes: { ...same.changes!, before: same.answers } });
    expect(trackedChanges(xmlParts(bytes).get('word/document.xml')!)).toEqual([]);
  });

  it('shows the questions only the earlier report has, deleted, and new questions inserted', async () => {
    const base = input();
    const gone: Answer = {
      ...base.answers[0]!,
      questionId: '9.9',
      content: richText(paragraph(text('En fråga som inte finns längre.'))),
    };
    const before = [...base.changes!.before.filter((a) => a.questionId !== '2.3'), gone];
    const document = xmlParts(await buildReportDocx({ ...base, changes: { ...base.changes!, before } })).get(
      'word/document.xml',
    )!;
    const changes = trackedChanges(document);
    expect(changes).toContain('del Samordnare 2026-03-01 9.9');
    expect(changes).toContain('del Samordnare 2026-03-01 En fråga som inte finns längre.');
    expect(document).toContain('Frågor som inte finns i denna mall');
    expect(changes.some((c) => c.startsWith('ins ') && c.includes('fråga 2.3'))).toBe(true);
  });
});

const missing = officeMissing();

describe.skipIf(missing !== null)(
  `the changes document in LibreOffice${missing ? ` (hoppas över: ${missing})` : ''}`,
  () => {
    it(
      'converts to PDF, and LibreOffice keeps the tracked changes with their authors',
      { timeout: 240_000 },
      async () => {
        const bytes = await buildReportDocx(input());
        const pdf = docxToPdfText([{ name: 'andringar.docx', bytes }]).get('andringar.docx');
        expect(pdf, 'LibreOffice kunde inte göra PDF av ändringsdokumentet').toBeTruthy();
        expect(pdf).toContain('Helt nytt stycke från avdelningen.');
        const saved = docxThroughOffice(bytes);
        expect(saved, 'LibreOffice kunde inte öppna ändringsdokumentet').not.toBeNull();
        const again = trackedChanges(xmlParts(saved!).get('word/document.xml') ?? '');
        expect(again.some((c) => c.startsWith('ins Folkhälsa'))).toBe(true);
        expect(again.some((c) => c.startsWith('del Samordnare'))).toBe(true);
      },
    );
  },
);
