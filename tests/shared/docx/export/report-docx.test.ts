import { describe, expect, it } from 'vitest';
import { buildReportDocx, DocxExportError, type DocxInput } from '../../../../shared/docx/export/report-docx';
import type { RichText, SerializedText } from '../../../../shared/report/content-schema';
import { emptyRichText } from '../../../../shared/report/content-schema';
import { barChartPng } from '../../../bench/png';
import { heading, list, paragraph, richText, text } from '../../fixtures';
import { completeReport, template } from '../../preflight/complete-report';
import { malformedParts, xmlParts } from './docx-parts';

function input(
  change: (answers: DocxInput['answers']) => void = () => {},
  mode: DocxInput['mode'] = 'utkast',
): DocxInput {
  const { report, answers } = completeReport();
  change(answers);
  return {
    template,
    report,
    answers,
    images: new Map([['bild-0001', { bytes: barChartPng([3, 5, 8]), mimeType: 'image/png' }]]),
    mode,
  };
}

const set =
  (id: string, content: RichText, patch: object = {}) =>
  (answers: DocxInput['answers']) => {
    const answer = answers.find((a) => a.questionId === id)!;
    Object.assign(answer, { content, ...patch });
  };

async function documentXml(docInput: DocxInput) {
  const parts = xmlParts(await buildReportDocx(docInput));
  return { document: parts.get('word/document.xml')!, parts };
}

describe('buildReportDocx', () => {
  it('writes well-formed XML parts with eight real footnotes, A4 and Swedish', async () => {
    const bytes = await buildReportDocx(input());
    expect(malformedParts(bytes)).toEqual([]);
    const parts = xmlParts(bytes);
    const footnotes = parts.get('word/footnotes.xml')!;
    const ids = [...footnotes.matchAll(/<w:footnote [^>]*w:id="(\d+)"/g)]
      .map((m) => Number(m[1]))
      .filter((id) => id > 0);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(footnotes.match(/Anvisningar/g)).toHaveLength(4);
    expect(footnotes.match(/Ibid\./g)).toHaveLength(4);
    expect(parts.get('word/document.xml')!.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(8);
    expect(parts.get('word/document.xml')).toContain('w:w="11906" w:h="16838"');
    expect(parts.get('word/styles.xml')).toContain('w:val="sv-SE"');
  });

  it.each<[string, (a: DocxInput['answers']) => void, RegExp]>([
    [
      'bold and italic runs',
      set('1.1', richText(paragraph(text('fet', 1), text('kursiv', 2), text('understruken', 8)))),
      /<w:b\/>.*fet.*<w:i\/>.*kursiv.*<w:u w:val="single"\/>.*understruken/s,
    ],
    [
      'a bulleted list',
      set('3.3', richText(list('bullet', 'första', 'andra'))),
      /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>.*första/s,
    ],
    [
      'a sub-heading',
      set('4.4', richText(heading('Prestationer – Transportsystemet'), paragraph(text('Text.')))),
      /<w:pStyle w:val="Heading4"\/>.*Prestationer – Transportsystemet/s,
    ],
    [
      'a link',
      set(
        '6.1',
        richText(
          paragraph({
            type: 'link',
            version: 1,
            url: 'https://tillvaxtverket.se',
            rel: null,
            target: null,
            title: null,
            direction: null,
            format: '',
            indent: 0,
            children: [text('Tillväxtverket') as SerializedText],
          }),
        ),
      ),
      /<w:hyperlink [^>]*r:id="[^"]+".*Tillväxtverket/s,
    ],
    [
      'an image',
      set(
        '5.1a',
        richText(
          paragraph(text('Diagram:')),
          paragraph({
            type: 'image',
            version: 1,
            imageId: 'bild-0001',
            altText: 'Beviljade projekt',
            width: 300,
            height: 200,
          }),
        ),
      ),
      /<wp:docPr [^>]*descr="Beviljade projekt"/,
    ],
    [
      'the Ja box checked',
      set('5.1a', richText(paragraph(text('Ja, genom projekten.'))), { choice: 'ja' }),
      /a\) den regionala[^☒☐]*☒ Ja[^☒☐]*☐ Nej/s,
    ],
    [
      'the Nej box checked',
      set('5.1b', richText(paragraph(text('Nej, inga projekt.'))), { choice: 'nej' }),
      /b\) nationellt[^☒☐]*☐ Ja[^☒☐]*☒ Nej/s,
    ],
    [
      'the basis sentence of an effect answer',
      set('2.7', richText(paragraph(text('Andelen ökade.'))), { basis: ['uppföljning', 'egen bedömning'] }),
      /Resultatbeskrivningen baseras på uppföljning och egen bedömning\./,
    ],
    ['an unanswered field, visibly empty', set('6.3', emptyRichText()), /\[Ej besvarad\]/],
    [
      'a placeholder-only answer as unanswered',
      set('6.3', richText(paragraph(text('Klicka här för att ange text.')))),
      /\[Ej besvarad\]/,
    ],
  ])('writes %s', async (_name, change, pattern) => {
    const { document } = await documentXml(input(change));
    // A boolean keeps a failure from printing the whole document.
    expect(pattern.test(document)).toBe(true);
  });

  it('does not repeat the basis when the text already states it', async () => {
    const { document } = await documentXml(
      input(set('2.7', richText(paragraph(text('Resultatet baseras på uppföljning.'))), { basis: ['uppföljning'] })),
    );
    // The other three effect answers (1.5, 3.5, 4.5) still get the sentence.
    expect(document.match(/Resultatbeskrivningen baseras/g)).toHaveLength(3);
  });

  it('writes the header table, title and signature block', async () => {
    const { document } = await documentXml(input());
    for (const label of [
      'Förvaltning/Enhet',
      'Namn',
      'Direkttelefon/e-postadress',
      'Datum',
      'Vårt dnr',
      'Ert dnr',
      'RUF 2025/123',
      'Resultatredovisning av det regionala utvecklingsarbetet 2025',
      'Västerås 2026-01-21',
      'Christer Alzén',
      'Förvaltningsdirektör',
      'Region Västmanland',
    ]) {
      expect(document).toContain(label);
    }
  });

  it('refuses a final export with unanswered fields, naming them', async () => {
    await expect(buildReportDocx(input(set('2.2', emptyRichText()), 'slutlig'))).rejects.toThrow(DocxExportError);
    await expect(buildReportDocx(input(set('2.2', emptyRichText()), 'slutlig'))).rejects.toThrow(/2\.2/);
    await expect(buildReportDocx(input(() => {}, 'slutlig'))).resolves.toBeInstanceOf(Uint8Array);
  });

  it('lets a final export leave an "Om möjligt" question empty, shown as not answered', async () => {
    const bytes = await buildReportDocx(input(set('1.5', emptyRichText()), 'slutlig'));
    expect(xmlParts(bytes).get('word/document.xml')).toContain('[Ej besvarad]');
  });

  it('keeps hostile text inert', async () => {
    const { document } = await documentXml(
      input(set('1.1', richText(paragraph(text('<script>alert(1)</script> & "citat"'))))),
    );
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(document).not.toContain('<script>');
  });
});

describe('a draft says it is one (#14, defect 5)', () => {
  it.each([
    ['utkast', true],
    ['slutlig', false],
  ] as const)('%s: UTKAST in the page header %s', async (mode, marked) => {
    const parts = xmlParts(await buildReportDocx(input(() => {}, mode)));
    const headers = [...parts].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.some((xml) => xml.includes('UTKAST'))).toBe(marked);
  });
});
