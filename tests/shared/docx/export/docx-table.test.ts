import { describe, expect, it } from 'vitest';
import { diffAnswer } from '../../../../shared/compare/answer-diff';
import { buildReportDocx } from '../../../../shared/docx/export/report-docx';
import { importDocxReport } from '../../../../shared/docx/import/read-report';
import {
  MAX_TABLE_COLUMNS,
  richTextSchema,
  type SerializedBlock,
  type SerializedTable,
  type SerializedTableCell,
} from '../../../../shared/report/content-schema';
import { contentWithoutMarks } from '../../../../shared/report/content-marks';
import { richTextToPlain } from '../../../../shared/report/rich-text-plain';
import { paragraph, richText, text } from '../../fixtures';
import { completeReport, template } from '../../preflight/complete-report';
import { malformedParts, xmlParts } from './docx-parts';
import { docxToPdfText, officeMissing } from '../../../tools/office';

/* Tables in answers: the schema's limits, Word tables in the export, read back by the import. */

const element = { version: 1 as const, direction: null, format: '' as const, indent: 0 };
const cell = (
  value: string,
  headerState = 0,
  span: Partial<Pick<SerializedTableCell, 'colSpan' | 'rowSpan'>> = {},
): SerializedTableCell => ({
  type: 'tablecell',
  ...element,
  backgroundColor: null,
  colSpan: 1,
  rowSpan: 1,
  headerState,
  ...span,
  children: [
    { type: 'paragraph', ...element, textFormat: 0, textStyle: '', children: value ? [text(value) as never] : [] },
  ],
});
const table = (rows: SerializedTableCell[][]): SerializedTable => ({
  type: 'table',
  ...element,
  children: rows.map((cells) => ({ type: 'tablerow', ...element, children: cells })),
});

const figures = table([
  [cell('Län', 1), cell('2024', 1), cell('2025', 1)],
  [cell('Västmanland'), cell('41 %'), cell('44 %')],
  [cell('Riket'), cell('39 %'), cell('')],
]);

function withTable(block: SerializedBlock) {
  const input = completeReport();
  const answers = input.answers.map((a) =>
    a.questionId === '1.1'
      ? { ...a, content: richText(paragraph(text('Andelen som deltar:')), block, paragraph(text('Källa: SCB.'))) }
      : a,
  );
  return { ...input, answers, images: new Map(), mode: 'utkast' as const };
}

/** The cells' texts and header states, row by row. */
const cells = (block: SerializedBlock | undefined) =>
  block?.type === 'table'
    ? block.children.map((row) =>
        row.children.map((c) => [
          richTextToPlain(richText(...(c.children as SerializedBlock[]))),
          c.headerState,
          c.colSpan,
          c.rowSpan,
        ]),
      )
    : null;

describe('tables', () => {
  it.each([
    ['a table within the limits', true, figures],
    ['51 columns', false, table([Array.from({ length: MAX_TABLE_COLUMNS + 1 }, () => cell('x'))])],
    ['2,009 cells', false, table(Array.from({ length: 41 }, () => Array.from({ length: 49 }, () => cell('x'))))],
    ['a cell holding a list', false, table([[{ ...cell('x'), children: [{ type: 'list' } as never] }]])],
  ])('the schema on %s says %s', (_name, ok, block) => {
    expect(richTextSchema.safeParse(richText(block as SerializedBlock)).success).toBe(ok);
  });

  it('is plain text row by row, and compared row by row', () => {
    expect(richTextToPlain(richText(figures))).toBe('Län | 2024 | 2025\nVästmanland | 41 % | 44 %\nRiket | 39 % |');
    const changed = table([
      figures.children[0]!.children,
      figures.children[1]!.children,
      [cell('Riket'), cell('39 %'), cell('40 %')],
    ]);
    expect(diffAnswer(richText(figures), richText(changed)).map((c) => c.kind)).toEqual(['same', 'same', 'changed']);
  });

  it('is a Word table with borders and a repeated header row, read back by the import with the same cells', async () => {
    const bytes = await buildReportDocx(withTable(figures));
    expect(malformedParts(bytes)).toEqual([]);
    const document = xmlParts(bytes).get('word/document.xml')!;
    expect(document.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(2); // the header table and this one
    expect(document).toContain('<w:tblHeader/>');
    const result = importDocxReport(bytes, 'rapport.docx', template, () => 'bild-000001');
    const back = result.answers.find((a) => a.questionId === '1.1')!.content;
    expect(richTextSchema.safeParse(back).success).toBe(true);
    expect(back.root.children.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(cells(back.root.children[1])).toEqual(cells(figures));
  });

  it('keeps column and row spans through the export and back', async () => {
    const spanned = table([
      [cell('Rubrik', 1, { colSpan: 2 }), cell('Not', 1)],
      [cell('A'), cell('B'), cell('Lång', 0, { rowSpan: 2 })],
      [cell('C'), cell('D')],
    ]);
    const bytes = await buildReportDocx(withTable(spanned));
    const back = importDocxReport(bytes, 'rapport.docx', template, () => 'bild-000001').answers.find(
      (a) => a.questionId === '1.1',
    )!.content;
    expect(cells(back.root.children[1])).toEqual(cells(spanned));
  });

  it('drops comment marks inside cells when marks are removed', () => {
    const marked = table([
      [
        {
          ...cell(''),
          children: [
            {
              type: 'paragraph',
              ...element,
              textFormat: 0,
              textStyle: '',
              children: [{ type: 'mark', ...element, ids: ['k1'], children: [text('märkt')] } as never],
            },
          ],
        },
      ],
    ]);
    expect(JSON.stringify(contentWithoutMarks(richText(marked)))).not.toContain('"mark"');
    expect(richTextToPlain(contentWithoutMarks(richText(marked)))).toBe('märkt');
  });
});

const missing = officeMissing();

describe.skipIf(missing !== null)(`a table in LibreOffice${missing ? ` (hoppas över: ${missing})` : ''}`, () => {
  it('converts to PDF with every cell, each below its column heading', { timeout: 180_000 }, async () => {
    const pdf = docxToPdfText([{ name: 'tabell.docx', bytes: await buildReportDocx(withTable(figures)) }]).get(
      'tabell.docx',
    );
    expect(pdf, 'LibreOffice kunde inte göra PDF av dokumentet med tabell').toBeTruthy();
    // pdftotext reads a table row by row or column by column, as the cells' geometry suggests; either way a heading comes before its cells.
    const at = (word: string) => pdf!.indexOf(word, pdf!.indexOf('Andelen som deltar:'));
    for (const [head, cell] of [
      ['Län', 'Västmanland'],
      ['2024', '41 %'],
      ['2025', '44 %'],
      ['Län', 'Riket'],
    ] as const) {
      expect(at(head), head).toBeGreaterThan(0);
      expect(at(cell), cell).toBeGreaterThan(at(head));
    }
  });
});
