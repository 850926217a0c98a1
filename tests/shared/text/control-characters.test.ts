import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../shared/docx/export/report-docx';
import { stripControlCharacters, stripControlCharactersDeep } from '../../../shared/text/control-characters';
import { paragraph, richText, text } from '../fixtures';
import { completeReport, template } from '../preflight/complete-report';
import { malformedParts, xmlParts } from '../docx/export/docx-parts';

describe('control characters (#15, part 3)', () => {
  it.each([
    ['\u0001\u0008\u000B\u000C\u000E\u001F\u007F', ''],
    ['rad\tmed tab\noch radbrytning\r', 'rad\tmed tab\noch radbrytning\r'],
    ['\uFFFE\uFFFF', ''],
    ['😀 \uDC00 \uD83D', '😀  '],
  ])('strips %j', (input, expected) => {
    expect(stripControlCharacters(input)).toBe(expected);
  });

  it('strips every string of parsed JSON, keys too, leaving other values', () => {
    expect(stripControlCharactersDeep({ 'a\u0001': ['b\u000B', 1, null, { c: 'd\uFFFE' }] })).toEqual({
      a: ['b', 1, null, { c: 'd' }],
    });
  });

  it('a report whose text and header hold control characters exports a well-formed .docx without them', async () => {
    const input = completeReport();
    const answers = input.answers.map((a, i) =>
      i === 0 ? { ...a, content: richText(paragraph(text('Före\u0001 \u000Bmitt\uFFFE efter'))) } : a,
    );
    const report = { ...input.report, header: { ...input.report.header, vartDnr: 'RUF\u0007 2025/1' } };
    const docx = await buildReportDocx({ template, report, answers, images: new Map(), mode: 'utkast' });
    expect(malformedParts(docx)).toEqual([]);
    const xml = xmlParts(docx).get('word/document.xml')!;
    expect(xml).toContain('Före mitt efter');
    expect(xml).toContain('RUF 2025/1');
    // eslint-disable-next-line no-control-regex -- looking for them
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
  });
});
