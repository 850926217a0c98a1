import {
  type ICommentsOptions,
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import type { Answer, Report, YesNo } from '../../report/report-schema';
import { emptyRichText } from '../../report/content-schema';
import { stripControlCharactersDeep } from '../../text/control-characters';
import { isOptionalField, listAnswerFields, type AnswerField } from '../../template/answer-fields';
import type { Template } from '../../template/template-schema';
import { isUnanswered } from '../../report/answer-text';
import { basisSentence, statedBasis } from '../../report/basis';
import {
  BULLET_REFERENCE,
  DOCX_IMAGE_TYPES,
  NUMBER_REFERENCE,
  blocksToParagraphs,
  commentsAt,
  revisedRun,
  withComments,
  type DocxImage,
  type RichTextContext,
  type RunChange,
} from './rich-text-docx';
import { changesWriter, type DocxChanges } from './changes-docx';
import { documentStyles, pageFooters, pageHeaders, STYLE } from './styles';
import { imageSize } from '../../report/image-size';
import { markIds } from '../../report/content-marks';
import { isOpen, type CommentThread } from '../../review/comment-schema';
import { richTextToPlain } from '../../report/rich-text-plain';

/*
 * The final document as .docx, laid out like the ministry's template: organisation and
 * title, the header table, the title as heading, numbered sections, each question in
 * bold with its footnote as a real Word footnote, the answer, check boxes for Ja/Nej
 * questions, the basis of effect answers, and the signature block. A4, Swedish.
 */

export interface DocxInput {
  template: Template;
  report: Report;
  answers: readonly Answer[];
  images: ReadonlyMap<string, DocxImage>;
  /** A draft shows unanswered fields as visibly empty; a final export refuses them. */
  mode: 'utkast' | 'slutlig';
  /** A signed document: who signed and when (ISO time), and the signing key's fingerprint, printed after the signature block. */
  signed?: { name: string; title: string; at: string; fingerprint: string };
  /** The headings' colour, hex without '#' (black unless set). */
  headingColor?: string;
  /** The organisation's logo, at the top of page 1 (PNG, JPEG or GIF). */
  logo?: DocxImage;
  /**
   * A review copy: the open comments as Word comments, on the words they mark (on the
   * question when they have none), replies in the comment. A final export never carries
   * comments, whatever is given here.
   */
  reviewComments?: readonly CommentThread[];
  /**
   * A changes document: each answer compared with its text at an earlier point (last
   * year's report, the signed version, an earlier copy), the differences as Word tracked
   * changes signed with their authors. Questions only the earlier text has are shown
   * deleted at the end. Always a draft.
   */
  changes?: DocxChanges;
}

export class DocxExportError extends Error {}

const UNANSWERED = '[Ej besvarad]';

function listLevels(kind: 'bullet' | 'number'): ILevelsOptions[] {
  const bullets = ['•', '◦', '▪'];
  const numbers = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : numbers[level % 3]!,
    text: kind === 'bullet' ? bullets[level % 3]! : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function lines(value: string): TextRun[] {
  return value.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

function headerTable(template: Template, report: Report): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const borders = { top: border, bottom: border, left: border, right: border };
  return new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [3400, 5600],
    rows: template.header.map(
      (field) =>
        new TableRow({
          children: [
            new TableCell({
              borders,
              margins: CELL_MARGINS,
              width: { size: 3400, type: WidthType.DXA },
              children: [new Paragraph({ style: STYLE.headerLabel, children: [new TextRun(field.label)] })],
            }),
            new TableCell({
              borders,
              margins: CELL_MARGINS,
              width: { size: 5600, type: WidthType.DXA },
              children: [new Paragraph({ style: STYLE.tableText, children: lines(report.header[field.id] ?? '') })],
            }),
          ],
        }),
    ),
  });
}

function checkBoxes(
  answer: Answer | undefined,
  change?: { before: Answer | undefined; added: RunChange; removed: RunChange },
): Paragraph {
  const box = (choice: YesNo | undefined, value: 'ja' | 'nej', label: string) => ({
    text: `${choice === value ? '☒' : '☐'} ${label}`,
  });
  const boxRuns = (value: 'ja' | 'nej', label: string) => {
    const now = box(answer?.choice, value, label);
    const then = change && box(change.before?.choice, value, label);
    // A box whose mark changed: last time's deleted, this time's inserted.
    return then && then.text !== now.text
      ? [revisedRun(then, change.removed), revisedRun(now, change.added)]
      : [revisedRun(now)];
  };
  return new Paragraph({ children: [...boxRuns('ja', 'Ja'), new TextRun({ text: '    ' }), ...boxRuns('nej', 'Nej')] });
}

function questionParagraph(field: AnswerField, label: string, comments: number[]): Paragraph {
  const children = withComments(comments, [new TextRun(label)]);
  return new Paragraph({
    style: STYLE.question,
    children: field.footnote ? [...children, new FootnoteReferenceRun(field.footnote.number)] : children,
  });
}

/** The open comments of a review copy, numbered for Word. */
function wordComments(input: DocxInput): { numbers: Map<string, number>; options: ICommentsOptions } | undefined {
  const open = input.mode === 'utkast' ? (input.reviewComments ?? []).filter(isOpen) : [];
  if (open.length === 0) return undefined;
  const numbers = new Map(open.map((c, i) => [c.id, i + 1]));
  const paragraph = (text: string, bold?: string) =>
    new Paragraph({ children: [...(bold ? [new TextRun({ text: `${bold}: `, bold: true })] : []), new TextRun(text)] });
  return {
    numbers,
    options: {
      children: open.map((c) => ({
        id: numbers.get(c.id)!,
        author: c.author.name,
        initials: c.author.name
          .split(/\s+/)
          .map((w) => w[0] ?? '')
          .join('')
          .slice(0, 4),
        date: new Date(c.createdAt),
        children: [
          paragraph(c.text),
          ...c.replies.map((r) => paragraph(r.text, `Svar från ${r.author.name} ${r.createdAt.slice(0, 10)}`)),
        ],
      })),
    },
  };
}

function unanswered(): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: UNANSWERED, italics: true, color: '808080' })] });
}

function answerParagraphs(
  template: Template,
  field: AnswerField,
  answer: Answer | undefined,
  context: RichTextContext,
): (Paragraph | Table)[] {
  const content = answer?.content ?? emptyRichText();
  if (isUnanswered(content, template.placeholders)) return [];
  const paragraphs = blocksToParagraphs(content.root.children, context);
  const basis = answer?.basis ?? [];
  // The template asks the basis to be stated; add it only when the text does not already say it.
  if (field.kind === 'effect' && basis.length > 0) {
    const said = statedBasis(richTextToPlain(content), template.basisOptions);
    if (!basis.every((b) => said.includes(b)))
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: basisSentence(basis) })] }));
  }
  return paragraphs;
}

function signatureBlock(report: Report): Paragraph[] {
  const s = report.signature;
  const place = [s.ort, s.datum].filter((v) => v.trim() !== '').join(' ');
  return [
    new Paragraph({ style: STYLE.signature, spacing: { before: 600 }, children: [new TextRun(place)] }),
    new Paragraph({ style: STYLE.signature, spacing: { before: 600 }, children: [new TextRun('…………………………………………')] }),
    ...[s.namn, s.titel, s.forvaltning || report.header.forvaltning || '', s.organisation || report.organisation].map(
      (value) => new Paragraph({ style: STYLE.signature, children: [new TextRun(value)] }),
    ),
  ];
}

/** The logo's box on page 1, in pixels at 96 dpi: about 5 × 2 cm. */
const LOGO_BOX = { width: 190, height: 76 };

/** The logo scaled into its box, keeping its proportions; nothing when there is none or it cannot be read. */
function logoParagraph(logo: DocxImage | undefined): Paragraph[] {
  const type = logo && DOCX_IMAGE_TYPES[logo.mimeType];
  const size = logo && imageSize(logo.bytes);
  if (!logo || !type || !size) return [];
  const scale = Math.min(1, LOGO_BOX.width / size.width, LOGO_BOX.height / size.height);
  const transformation = {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
  return [
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new ImageRun({
          type,
          data: logo.bytes,
          transformation,
          altText: { name: 'logotyp', description: 'Organisationens logotyp', title: 'Logotyp' },
        }),
      ],
    }),
  ];
}

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Elektroniskt signerad": who, when (Swedish time) and the key's fingerprint in groups of four. */
function electronicSignature(signed: NonNullable<DocxInput['signed']>): Paragraph[] {
  const at = STOCKHOLM.format(new Date(signed.at)).replace(' ', ' kl. ');
  const who = [signed.name, signed.title].filter((v) => v.trim() !== '').join(', ');
  const grouped = signed.fingerprint.match(/.{1,4}/g)!.join(' ');
  return [
    new Paragraph({ style: STYLE.electronic, children: [new TextRun({ text: 'Elektroniskt signerad', bold: true })] }),
    new Paragraph({ style: STYLE.electronic, spacing: { before: 0 }, children: [new TextRun(`${who}, ${at}.`)] }),
    new Paragraph({
      style: STYLE.electronic,
      spacing: { before: 0 },
      children: [new TextRun(`Signeringsnyckelns fingeravtryck (SHA-256): ${grouped}`)],
    }),
  ];
}

function body(input: DocxInput, context: RichTextContext): (Paragraph | Table)[] {
  const { template, report } = input;
  const changes = input.changes && changesWriter(input.changes, template, context);
  const answers = new Map(input.answers.map((a) => [a.questionId, a]));
  const title = `${template.title} ${report.year}`;
  const out: (Paragraph | Table)[] = [
    ...logoParagraph(input.logo),
    new Paragraph({ style: STYLE.organisation, children: [new TextRun(report.organisation)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: title })] }),
    headerTable(template, report),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...(changes ? [changes.note()] : []),
  ];
  const fields = new Map(listAnswerFields(template).map((f) => [f.id, f]));
  const addField = (field: AnswerField, label: string) => {
    const answer = answers.get(field.id);
    // A comment on the whole question, or whose words are gone, is put on the question.
    const marked = answer ? markIds(answer.content) : new Set<string>();
    const onQuestion = [...(context.comments?.numbers.keys() ?? [])].filter(
      (id) => input.reviewComments?.some((c) => c.id === id && c.questionId === field.id) && !marked.has(id),
    );
    out.push(questionParagraph(field, label, commentsAt(onQuestion, context)));
    if (field.kind === 'yesno') out.push(checkBoxes(answer, changes?.choice(field, answer)));
    if (field.instruction)
      out.push(new Paragraph({ style: STYLE.instruction, children: [new TextRun(field.instruction)] }));
    const paragraphs: (Paragraph | Table)[] = changes
      ? changes.answer(field, answer)
      : answerParagraphs(template, field, answer, context);
    out.push(...(paragraphs.length > 0 ? paragraphs : [unanswered()]));
  };
  for (const section of template.sections) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${section.number}. ${section.title}`)],
      }),
    );
    for (const item of section.items) {
      if (item.type === 'group') {
        out.push(new Paragraph({ style: STYLE.question, children: [new TextRun(`${item.id} ${item.text}`)] }));
        for (const part of item.parts) addField(fields.get(part.id)!, `${part.id.slice(-1)}) ${part.text}`);
      } else addField(fields.get(item.id)!, `${item.id} ${item.text}`);
    }
  }
  if (changes) out.push(...changes.removedQuestions());
  out.push(...signatureBlock(report));
  if (input.signed && input.mode === 'slutlig') out.push(...electronicSignature(input.signed));
  return out;
}

/** Ids of the fields a final export would leave empty (a question that may be left empty does not count). */
function unansweredFields(template: Template, answers: readonly Answer[]): string[] {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return listAnswerFields(template)
    .filter(
      (f) => !isOptionalField(f) && isUnanswered(byId.get(f.id)?.content ?? emptyRichText(), template.placeholders),
    )
    .map((f) => f.id);
}

/** Builds the report's .docx; a final export throws DocxExportError when a field is unanswered. */
export async function buildReportDocx(raw: DocxInput): Promise<Uint8Array> {
  // A control character in document.xml makes Word refuse the file: none is ever written.
  const input: DocxInput = {
    ...raw,
    report: stripControlCharactersDeep(raw.report),
    answers: stripControlCharactersDeep(raw.answers),
    ...(raw.reviewComments && { reviewComments: stripControlCharactersDeep(raw.reviewComments) }),
  };
  if (input.mode === 'slutlig') {
    const missing = unansweredFields(input.template, input.answers);
    if (missing.length > 0)
      throw new DocxExportError(`Obesvarade frågor stoppar den slutliga exporten: ${missing.join(', ')}.`);
  }
  let instance = 0;
  const comments = wordComments(input);
  const context: RichTextContext = {
    images: input.images,
    nextListInstance: () => ++instance,
    ...(comments && { comments: { numbers: comments.numbers, placed: new Set<string>() } }),
  };
  const children = body(input, context);
  const footnotes = Object.fromEntries(
    listAnswerFields(input.template)
      .filter((f) => f.footnote)
      // A space after the number, as in the template: "¹ Här avses …".
      .map((f) => [
        f.footnote!.number,
        { children: [new Paragraph({ children: [new TextRun(` ${f.footnote!.text}`)] })] },
      ]),
  );
  const document = new Document({
    creator: 'Rapportverkstad',
    title: `${input.template.title} ${input.report.year}`,
    description: input.mode === 'utkast' ? 'Utkast' : 'Slutlig version',
    styles: documentStyles(input.headingColor),
    numbering: {
      config: [
        { reference: BULLET_REFERENCE, levels: listLevels('bullet') },
        { reference: NUMBER_REFERENCE, levels: listLevels('number') },
      ],
    },
    footnotes,
    ...(comments && { comments: comments.options }),
    sections: [
      {
        // Page 1 opens with the organisation and the header table; pages 2 onward have the running header.
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 709, footer: 709 },
          },
        },
        // A draft says UTKAST on every page, so it is never taken for the signed document.
        headers: pageHeaders(
          {
            organisation: input.report.organisation,
            title: `${input.template.title} ${input.report.year}`,
            caseNumber: input.report.header.vartDnr ?? '',
          },
          input.mode === 'utkast',
        ),
        footers: pageFooters(),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
