import {
  AlignmentType,
  CheckBox,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { listAnswerFields, type AnswerField } from '../../../../shared/template/answer-fields';
import type { Template } from '../../../../shared/template/template-schema';
import { barChartPng } from '../../../bench/png';

/*
 * Word documents written the way people write this report by hand, in several styles,
 * built with the docx package: questions as bold numbered paragraphs, as headings
 * without numbers, or as items of a Word numbered list; answers with lists, italics,
 * links and an image; a header table; check boxes as text or as content controls; a
 * signature block.
 */

export type QuestionStyle = 'bold' | 'heading' | 'numbered-list';
export type BoxStyle = 'text' | 'content-control' | 'separate-lines';

export interface HandWritten {
  questionStyle: QuestionStyle;
  boxStyle: BoxStyle;
  /** The answer text of each field (absent: the Word placeholder is left in). */
  answers: Record<string, string>;
  choices?: Record<string, 'ja' | 'nej'>;
  /** Questions written shortened in the Word file: id → share of the question's words kept. */
  shortened?: Record<string, number>;
}

const label = (field: AnswerField, style: QuestionStyle) => {
  const partLetter = field.groupText ? `${field.id.slice(-1)}) ` : '';
  if (style === 'bold') return field.groupText ? `${partLetter}${field.text}` : `${field.id}. ${field.text}`;
  return `${partLetter}${field.text}`;
};

function questionParagraph(field: AnswerField, style: QuestionStyle, keep = 1): Paragraph {
  const full = label(field, style);
  const words = full.split(' ');
  const text = keep < 1 ? words.slice(0, Math.ceil(words.length * keep)).join(' ') : full;
  if (style === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });
  if (style === 'numbered-list' && !field.groupText)
    return new Paragraph({
      numbering: { reference: 'fragor', level: 1 },
      children: [new TextRun({ text, bold: true })],
    });
  return new Paragraph({ children: [new TextRun({ text, bold: true })] });
}

function boxes(choice: 'ja' | 'nej' | undefined, style: BoxStyle): Paragraph[] {
  if (style === 'separate-lines')
    return [new Paragraph(`${choice === 'ja' ? '☒' : '☐'} Ja`), new Paragraph(`${choice === 'nej' ? '☒' : '☐'} Nej`)];
  return [boxLine(choice, style)];
}

function boxLine(choice: 'ja' | 'nej' | undefined, style: BoxStyle): Paragraph {
  if (style === 'content-control') {
    return new Paragraph({
      children: [
        new CheckBox({ checked: choice === 'ja' }),
        new TextRun(' Ja   '),
        new CheckBox({ checked: choice === 'nej' }),
        new TextRun(' Nej'),
      ],
    });
  }
  return new Paragraph({
    children: [new TextRun(`${choice === 'ja' ? '☒' : '☐'} Ja  ${choice === 'nej' ? '☒' : '☐'} Nej`)],
  });
}

/** The paragraphs of one answer: its text split on blank lines; "- " lines become a bulleted list, *x* italic. */
function answerParagraphs(text: string): Paragraph[] {
  return text.split('\n').map((line) => {
    if (line.startsWith('- '))
      return new Paragraph({ numbering: { reference: 'punkter', level: 0 }, children: [new TextRun(line.slice(2))] });
    const runs = line
      .split(/(\*[^*]+\*)/)
      .filter((part) => part !== '')
      .map((part) =>
        part.startsWith('*') ? new TextRun({ text: part.slice(1, -1), italics: true }) : new TextRun(part),
      );
    return new Paragraph({ children: runs });
  });
}

/** A hand-written report as .docx bytes. */
export async function handWrittenDocx(template: Template, spec: HandWritten): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: 'Region Västmanland', bold: true })] }),
    new Paragraph('Resultatredovisning av det regionala utvecklingsarbetet 2025'),
    new Table({
      rows: [
        ['Förvaltning/Enhet', 'Regionala utvecklingsförvaltningen'],
        ['Namn', 'Christer Alzén, Förvaltningsdirektör'],
        ['Direkttelefon/e-postadress', '+46214818273\nchrister.alzen@regionvastmanland.se'],
        ['Datum', '2026-01-21'],
        ['Vårt dnr', 'RUF 2025/123'],
        ['Ert dnr', 'LI2025/01636\nÅ 2025–2203'],
      ].map(
        ([name, value]) =>
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph(name!)] }),
              new TableCell({ children: value!.split('\n').map((v) => new Paragraph(v)) }),
            ],
          }),
      ),
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun('Resultatredovisning av det regionala utvecklingsarbetet 2025')],
    }),
  ];
  const fields = listAnswerFields(template);
  let section = '';
  for (const field of fields) {
    if (field.sectionNumber !== section) {
      section = field.sectionNumber;
      const s = template.sections.find((x) => x.number === section)!;
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${s.number}. ${s.title}`)] }),
      );
    }
    if (field.id === '5.1a')
      children.push(
        new Paragraph({
          children: [new TextRun({ text: '5.1 Har anslaget bidragit till att nå målen i:', bold: true })],
        }),
      );
    children.push(questionParagraph(field, spec.questionStyle, spec.shortened?.[field.id]));
    if (field.kind === 'yesno') children.push(...boxes(spec.choices?.[field.id], spec.boxStyle));
    if (field.instruction)
      children.push(new Paragraph({ children: [new TextRun({ text: field.instruction, italics: true })] }));
    const answer = spec.answers[field.id];
    children.push(
      ...(answer === undefined ? [new Paragraph('Klicka här för att ange text.')] : answerParagraphs(answer)),
    );
    if (field.id === '5.1a') {
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: barChartPng([3, 6, 9]),
              transformation: { width: 300, height: 150 },
              altText: { name: 'diagram', description: 'Beviljade projekt', title: 'Diagram' },
            }),
          ],
        }),
      );
      children.push(
        new Paragraph({
          children: [
            new TextRun('Mer på '),
            new ExternalHyperlink({ link: 'https://tillvaxtverket.se', children: [new TextRun('Tillväxtverket')] }),
            new TextRun('.'),
          ],
        }),
      );
    }
  }
  children.push(
    new Paragraph(''),
    new Paragraph('Västerås 2026-01-21'),
    new Paragraph('______________________'),
    new Paragraph('Christer Alzén'),
    new Paragraph('Förvaltningsdirektör'),
    new Paragraph('Regionala utvecklingsförvaltningen'),
    new Paragraph('Region Västmanland'),
  );
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (l: number) => string) =>
    Array.from({ length: 3 }, (_, level) => ({ level, format, text: text(level), alignment: AlignmentType.LEFT }));
  const document = new Document({
    numbering: {
      config: [
        { reference: 'punkter', levels: levels(LevelFormat.BULLET, () => '•') },
        { reference: 'fragor', levels: levels(LevelFormat.DECIMAL, (l) => (l === 0 ? '%1.' : '%1.%2')) },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
