import { strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { DocxImportError } from '../../../../shared/docx/import/import-error';
import { basisOptionsIn, readTemplateDocx } from '../../../../shared/docx/import/read-template';
import { listAnswerFields } from '../../../../shared/template/answer-fields';
import type { Template } from '../../../../shared/template/template-schema';
import {
  NEW_2_8,
  NEW_FOOTNOTE,
  REWORDED_2_3,
  template2025Docx,
  template2025Json,
  template2026Docx,
} from './template-files';
import { handWrittenDocx } from './word-builder';

const reference = template2025Json;
const withoutFootnotes = (template: Template) =>
  JSON.parse(JSON.stringify(template, (key, value: unknown) => (key === 'footnote' ? undefined : value))) as Template;

async function docxOf(paragraphs: string[]): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toArrayBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] })),
  );
}

describe('readTemplateDocx', () => {
  it('reads our export of an empty 2025 report into the bundled template, exactly', async () => {
    const { template, notRead } = readTemplateDocx(await template2025Docx(), 'mall-2025.docx', reference);
    expect(template).toEqual(reference);
    // The organisation above the title and under the signature line are the only other text.
    expect(notRead).toEqual([
      'Före första avsnittet: ”Region Västmanland”',
      'Under 6.3: ”Region Västmanland”',
      expect.stringContaining('Underskriftsblocket'),
    ]);
  });

  it('reads the same file without a reference: only what the file cannot say differs', async () => {
    const { template } = readTemplateDocx(await template2025Docx(), 'mall-2025.docx');
    // Header field ids come from the labels ("Vårt dnr" → vartDnr) where no reference names them.
    expect(template.header.map((h) => h.id)).toEqual([
      'forvaltningEnhet',
      'namn',
      'direkttelefonEPostadress',
      'datum',
      'vartDnr',
      'ertDnr',
    ]);
    expect({ ...template, issuers: reference.issuers, header: reference.header }).toEqual(reference);
  });

  it('reads a Word file written like the government\'s (bold "1.1." questions, "a)" parts, italic instructions, placeholders)', async () => {
    const bytes = await handWrittenDocx(reference, { questionStyle: 'bold', boxStyle: 'content-control', answers: {} });
    const { template, notRead } = readTemplateDocx(bytes, 'regeringens-mall.docx', reference);
    expect(template).toEqual(withoutFootnotes(reference));
    expect(template.placeholders).toEqual(['Klicka här för att ange text.']);
    // The example signature block's names are listed, nothing of the template is.
    expect(notRead.join('\n')).toContain('Christer Alzén');
    expect(notRead.join('\n')).not.toMatch(/Beskriv|Om ja/);
  });

  it('reads the hand-edited 2026 file: new year, reworded 2.3, new 2.8 with its own footnote, no 6.3', async () => {
    const { template } = readTemplateDocx(await template2026Docx(), 'mall-2026.docx', reference);
    expect(template).toMatchObject({
      id: 'resultatredovisning-2026',
      year: 2026,
      name: 'Resultatredovisning av det regionala utvecklingsarbetet 2026',
    });
    const fields = new Map(listAnswerFields(template).map((f) => [f.id, f]));
    expect(fields.get('2.3')?.text).toBe(REWORDED_2_3);
    expect(fields.get('2.8')).toMatchObject({ text: NEW_2_8, kind: 'text', footnote: { text: NEW_FOOTNOTE } });
    expect(fields.has('6.3')).toBe(false);
    expect(fields.size).toBe(30);
    // Footnotes are numbered through the document: 2.8's is the fifth.
    expect(fields.get('2.8')?.footnote?.number).toBe(5);
    const unchanged = listAnswerFields(reference).filter((f) => !['2.3', '6.3'].includes(f.id));
    for (const field of unchanged)
      expect(fields.get(field.id), field.id).toEqual({
        ...field,
        ...(field.footnote && { footnote: { ...field.footnote, number: fields.get(field.id)?.footnote?.number } }),
      });
  });

  it.each([
    [
      'Ange om ni baserar resultatbeskrivningen på en uppföljning, utvärdering eller egen bedömning.',
      ['uppföljning', 'utvärdering', 'egen bedömning'],
    ],
    [
      'Beskriv effekterna. Ange om ni baserar beskrivningen på uppföljning och utvärdering.',
      ['uppföljning', 'utvärdering'],
    ],
    ['Beskriv vilka prestationer ni har uppnått.', null],
  ])('basis options of %j', (question, expected) => {
    expect(basisOptionsIn(question)).toEqual(expected);
  });

  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    [
      'a letter',
      () => docxOf(['Hej!', 'Här kommer protokollet från mötet.', 'Vänliga hälsningar']),
      /inga numrerade frågor hittades.*”1\.1 Beskriv …”/,
    ],
    [
      'a report without a year in its title',
      () => docxOf(['Resultatredovisning', '1. Område', '1.1 Beskriv arbetet.']),
      /titel med årtal/,
    ],
    [
      'a template asking 1.1 twice',
      () => docxOf(['Mall för uppföljning 2026', '1. Område', '1.1 Beskriv arbetet.', '1.1 Beskriv arbetet igen.']),
      /1\.1 finns två gånger/,
    ],
    [
      'a template of 201 questions',
      () =>
        docxOf([
          'Mall för uppföljning 2026',
          ...Array.from({ length: 5 }, (_, s) => [
            `${s + 1}. Område ${s + 1}`,
            ...Array.from({ length: 45 }, (_, q) => `${s + 1}.${q + 1} Beskriv del ${q + 1}.`),
          ]).flat(),
        ]),
      /fler än 200/,
    ],
    ['a spreadsheet', async () => zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), /./],
    ['random bytes', async () => new Uint8Array([1, 2, 3, 4, 5]), /./],
  ])('refuses %s with a message naming the file', async (_, make, message) => {
    const bytes = await make();
    const attempt = () => readTemplateDocx(bytes, 'fel.docx', undefined);
    expect(attempt).toThrow(DocxImportError);
    expect(attempt).toThrow(/^fel\.docx: /);
    expect(attempt).toThrow(message);
  });

  it('refuses an empty question wording', async () => {
    const files = unzipSync(await template2025Docx());
    const xml = new TextDecoder().decode(files['word/document.xml']);
    files['word/document.xml'] = strToU8(xml.replace(/1\.2 Beskriv[^<]*/, '1.2 '));
    // "1.2 " alone is no question line: 1.2 is then missing, not empty; the template is read without it.
    const { template, notRead } = readTemplateDocx(zipSync(files), 'mall.docx', reference);
    expect(listAnswerFields(template).map((f) => f.id)).not.toContain('1.2');
    expect(notRead).toContain('Under 1.1: ”1.2”');
  });
});
