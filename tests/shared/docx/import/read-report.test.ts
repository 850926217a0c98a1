import { zipSync } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../../shared/docx/export/report-docx';
import { DocxImportError } from '../../../../shared/docx/import/import-error';
import { importDocxReport, type DocxImportResult } from '../../../../shared/docx/import/read-report';
import { richTextToPlain } from '../../../../shared/report/rich-text-plain';
import { listAnswerFields } from '../../../../shared/template/answer-fields';
import { completeReport, template } from '../../preflight/complete-report';
import { handWrittenDocx, type BoxStyle, type QuestionStyle } from './word-builder';

const fields = listAnswerFields(template);
const ids = () => {
  let n = 0;
  return () => `bild-${String(++n).padStart(6, '0')}`;
};
const plain = (result: DocxImportResult, id: string) =>
  richTextToPlain(result.answers.find((a) => a.questionId === id)!.content);

/** An answer per field, with lists and italics in some. */
function answerTexts(): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const field of fields)
    answers[field.id] = `Svar på ${field.id}: under året har regionen arbetat vidare med kommunerna.`;
  answers['1.1'] = 'Projektet *Kompetenslyftet* har genomförts.\nDet andra stycket.';
  answers['3.3'] = 'Så här:\n- Första punkten\n- Andra punkten';
  answers['2.7'] = 'Andelen ökade till 41 procent. Resultatet baseras på uppföljning.';
  answers['4.5'] = 'Bättre täckning. Baseras på uppföljning och egen bedömning.';
  return answers;
}

describe('importDocxReport', () => {
  it.each<[QuestionStyle, BoxStyle]>([
    ['bold', 'text'],
    ['heading', 'content-control'],
    ['numbered-list', 'text'],
    ['bold', 'separate-lines'],
  ])('finds every answer with questions as %s and check boxes as %s', async (questionStyle, boxStyle) => {
    const answers = answerTexts();
    const bytes = await handWrittenDocx(template, {
      questionStyle,
      boxStyle,
      answers,
      choices: { '5.1a': 'ja', '5.1b': 'nej' },
    });
    const result = importDocxReport(bytes, 'rapport.docx', template, ids());
    expect(result.missing).toEqual([]);
    expect(result.found).toHaveLength(30);
    for (const field of fields) {
      if (['1.1', '3.3', '5.1a'].includes(field.id)) continue;
      expect(plain(result, field.id), field.id).toBe(answers[field.id]);
    }
    expect(plain(result, '1.1')).toBe('Projektet Kompetenslyftet har genomförts.\nDet andra stycket.');
    expect(JSON.stringify(result.answers.find((a) => a.questionId === '1.1')!.content)).toContain(
      '"text":"Kompetenslyftet","format":2',
    );
    expect(plain(result, '3.3')).toBe('Så här:\n• Första punkten\n• Andra punkten');
    const a51 = result.answers.find((a) => a.questionId === '5.1a')!;
    expect(a51.choice).toBe('ja');
    expect(result.answers.find((a) => a.questionId === '5.1b')!.choice).toBe('nej');
    expect(result.answers.find((a) => a.questionId === '5.1c')!.choice).toBeNull();
    expect(JSON.stringify(a51.content)).toMatch(/"type":"image".*"altText":"Beviljade projekt"/);
    expect(JSON.stringify(a51.content)).toContain('"url":"https://tillvaxtverket.se"');
    expect(result.images).toHaveLength(1);
    expect(result.answers.find((a) => a.questionId === '2.7')!.basis).toEqual(['uppföljning']);
    expect(result.answers.find((a) => a.questionId === '4.5')!.basis).toEqual(['uppföljning', 'egen bedömning']);
    expect(result.header).toEqual({
      forvaltning: 'Regionala utvecklingsförvaltningen',
      namn: 'Christer Alzén, Förvaltningsdirektör',
      kontakt: '+46214818273\nchrister.alzen@regionvastmanland.se',
      datum: '2026-01-21',
      vartDnr: 'RUF 2025/123',
      ertDnr: 'LI2025/01636\nÅ 2025–2203',
    });
    expect(result.signature).toEqual({
      ort: 'Västerås',
      datum: '2026-01-21',
      namn: 'Christer Alzén',
      titel: 'Förvaltningsdirektör',
      forvaltning: 'Regionala utvecklingsförvaltningen',
      organisation: 'Region Västmanland',
    });
    expect(result).toMatchObject({ year: 2025, organisation: 'Region Västmanland', unplaced: [] });
  });

  it('imports a placeholder-only answer as empty, and the field still counts as found', async () => {
    const answers = answerTexts();
    delete answers['6.2'];
    const result = importDocxReport(
      await handWrittenDocx(template, { questionStyle: 'bold', boxStyle: 'text', answers }),
      'r.docx',
      template,
      ids(),
    );
    expect(result.found).toContain('6.2');
    expect(plain(result, '6.2')).toBe('');
  });

  it('tolerates small differences in wording, numbering punctuation and spacing', async () => {
    const answers = answerTexts();
    const bytes = await handWrittenDocx(template, { questionStyle: 'bold', boxStyle: 'text', answers });
    // Rewrite two question lines the way people do: "1.1)" and a dropped word, doubled spaces, no full stop.
    const { unzipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!)
      .replace(
        '1.1. Beskriv hur det strategiskt viktigaste arbetet inom detta område har genomförts.',
        '1.1)  Beskriv hur det strategiskt viktigaste arbetet inom området har genomförts',
      )
      .replace('2.7. Om möjligt,', '2.7 Om  möjligt');
    files['word/document.xml'] = strToU8(xml);
    const result = importDocxReport(zipSync(files), 'r.docx', template, ids());
    expect(result.missing).toEqual([]);
    expect(plain(result, '2.7')).toBe(answers['2.7']);
  });

  it('lists text it cannot place instead of dropping it', async () => {
    const bytes = await handWrittenDocx(template, { questionStyle: 'bold', boxStyle: 'text', answers: answerTexts() });
    const { unzipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(bytes);
    const stray = '<w:p><w:r><w:t>Ett förord som inte hör till någon fråga.</w:t></w:r></w:p>';
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']!).replace('</w:tbl>', `</w:tbl>${stray}`),
    );
    const result = importDocxReport(zipSync(files), 'r.docx', template, ids());
    expect(result.unplaced).toEqual(['Ett förord som inte hör till någon fråga.']);
  });

  it('gives back the same report from our own export (round trip)', async () => {
    const input = completeReport();
    input.answers.find((a) => a.questionId === '2.7')!.basis = ['uppföljning', 'egen bedömning'];
    input.answers.find((a) => a.questionId === '5.1b')!.choice = 'nej';
    const bytes = await buildReportDocx({ ...input, images: new Map(), mode: 'utkast' });
    const result = importDocxReport(bytes, 'export.docx', template, ids());
    expect(result.missing).toEqual([]);
    expect(result.unplaced).toEqual([]);
    for (const answer of input.answers) {
      const back = result.answers.find((a) => a.questionId === answer.questionId)!;
      expect(richTextToPlain(back.content), answer.questionId).toBe(richTextToPlain(answer.content));
      expect(back.choice).toBe(answer.choice);
      if (['1.5', '2.7', '3.5', '4.5'].includes(answer.questionId)) expect(back.basis).toEqual(answer.basis);
    }
    expect(result.header).toEqual(input.report.header);
    expect(result.signature).toEqual(input.report.signature);
    expect(result.year).toBe(2025);
    expect(result.organisation).toBe('Region Västmanland');
  });
});

const zeros = new Uint8Array(20 * 1024 * 1024);

describe('a shortened question in the Word file (#14, defect 6)', () => {
  it('is listed as a probable question with how much it resembles, and placing it gives the question its answer', async () => {
    const answers = answerTexts();
    const bytes = await handWrittenDocx(template, {
      questionStyle: 'bold',
      boxStyle: 'text',
      answers,
      shortened: { '2.2': 0.55 },
    });
    const first = importDocxReport(bytes, 'rapport.docx', template, ids());
    expect(first.missing).toEqual(['2.2']);
    expect(first.probable).toHaveLength(1);
    const [probable] = first.probable;
    expect(probable).toMatchObject({ questionId: '2.2', placedIn: '2.1' });
    expect(probable!.similarity).toBeGreaterThanOrEqual(0.45);
    expect(probable!.similarity).toBeLessThan(0.8);
    expect(plain(first, '2.1')).toContain(answers['2.2']!);
    const placed = importDocxReport(bytes, 'rapport.docx', template, ids(), {
      questionLines: new Map([[probable!.text, '2.2']]),
    });
    expect(placed.missing).toEqual([]);
    expect(placed.probable).toEqual([]);
    expect(plain(placed, '2.2')).toBe(answers['2.2']);
    expect(plain(placed, '2.1')).toBe(answers['2.1']);
  });

  it('names nothing as probable in a report whose questions are all found', async () => {
    const bytes = await handWrittenDocx(template, {
      questionStyle: 'heading',
      boxStyle: 'text',
      answers: answerTexts(),
    });
    expect(importDocxReport(bytes, 'rapport.docx', template, ids()).probable).toEqual([]);
  });
});

describe('importDocxReport refuses bad files, naming the file', () => {
  it.each<[string, () => Promise<Uint8Array>, string]>([
    ['a text file', async () => new TextEncoder().encode('Det här är ingen rapport.'), 'not-zip'],
    [
      'a zip with other content',
      async () => zipSync({ 'bilder/foto.txt': new TextEncoder().encode('hej') }),
      'not-word',
    ],
    [
      'a damaged zip',
      async () =>
        (await handWrittenDocx(template, { questionStyle: 'bold', boxStyle: 'text', answers: {} })).slice(0, 3_000),
      'damaged',
    ],
    [
      'a zip bomb',
      async () => zipSync({ '[Content_Types].xml': new Uint8Array(10), 'word/document.xml': zeros }, { level: 9 }),
      'too-large',
    ],
    [
      'a Word document of another kind',
      async () =>
        new Uint8Array(
          await Packer.toArrayBuffer(
            new Document({
              sections: [
                {
                  children: [
                    new Paragraph('Kallelse till styrelsemöte'),
                    new Paragraph('Dagordning: 1. Mötets öppnande'),
                  ],
                },
              ],
            }),
          ),
        ),
      'not-report',
    ],
  ])('%s', async (_name, make, problem) => {
    const bytes = await make();
    let error: unknown;
    try {
      importDocxReport(bytes, 'inkommen.docx', template, ids());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocxImportError);
    expect((error as DocxImportError).problem).toBe(problem);
    expect((error as DocxImportError).message).toMatch(/^inkommen\.docx: /);
  });
});
