import { isUnanswered } from '../../report/answer-text';
import { basisSentence, statedBasis } from '../../report/basis';
import { MAX_TEXT_NODE, type RichText } from '../../report/content-schema';
import type { Signature, YesNo } from '../../report/report-schema';
import { richTextToPlain } from '../../report/rich-text-plain';
import { listAnswerFields } from '../../template/answer-fields';
import type { Template } from '../../template/template-schema';
import { readDocxDocument, type DocxBlock, type DocxParagraph } from './docx-model';
import { DocxImportError } from './import-error';
import { checkBoxChoice, isTemplateLine, matchQuestion, probableQuestion, singleCheckBox } from './question-match';
import { normalise, similarity } from '../../text/word-similarity';
import { paragraphsToRichText } from './to-rich-text';
import { openDocx } from './zip';

/*
 * Reading a report written in Word from the template. The document is walked once:
 * before the first question come the organisation, the title (with the year) and the
 * header table; each question line opens that field's answer, and every paragraph up
 * to the next question belongs to it, except the template's own lines (section
 * headings, the 5.1 lead-in, the instruction) and the Ja/Nej check-box line, which sets
 * the choice. The signature block is taken off the end of the last answer. Nothing is
 * dropped: text that fits nowhere is listed as not placed.
 */

export interface ImportedAnswer {
  questionId: string;
  content: RichText;
  choice: YesNo;
  basis: string[];
}

export interface ImportedImage {
  key: string;
  bytes: Uint8Array;
  mimeType: string;
  name: string;
}

export interface DocxImportResult {
  year: number;
  organisation: string;
  header: Record<string, string>;
  signature: Signature;
  answers: ImportedAnswer[];
  found: string[];
  missing: string[];
  /** Text that could not be placed in any field, one entry per paragraph. */
  unplaced: string[];
  images: ImportedImage[];
  /** Image key → the id given to it (for the answers' image nodes). */
  imageIds: ReadonlyMap<string, string>;
  /** Lines that look like a shortened question but were read as answer text: where they went, and the question they resemble. */
  probable: ProbableQuestion[];
  /** Images left out (not an image, larger than 10 MB), one message each; no answer refers to them. */
  droppedImages: readonly string[];
}

/** A line that resembles a question not found, with how much (0–1). */
export interface ProbableQuestion {
  text: string;
  questionId: string;
  similarity: number;
  /** The answer the line was read into, or null before the first question. */
  placedIn: string | null;
}

export interface ImportOptions {
  /** Lines the person placed as questions: exact line text → question id. */
  questionLines?: ReadonlyMap<string, string>;
}

const UNANSWERED_MARK = /^\[(ej besvarad|not answered)\]$/i;
/** Most paragraphs and tables a Word report may have. */
const MAX_BLOCKS = 20_000;
const PLACE_DATE = /^(\p{L}[\p{L} .-]{0,60}?)[,\s]+(\d{4}-\d{2}-\d{2})$/u;
const SIGNATURE_LINE = /^[\s._…-]{3,}$/u;

function blockText(block: DocxBlock): string {
  return block.kind === 'paragraph'
    ? block.text
    : block.rows.map((r) => r.map((c) => c.map((p) => p.text).join(' ')).join(' | ')).join('\n');
}

/** Header values from a two-column table whose first column holds the template's labels; null when the table is not it. */
function headerFromTable(block: DocxBlock, template: Template): Record<string, string> | null {
  if (block.kind !== 'table') return null;
  const header: Record<string, string> = {};
  for (const row of block.rows) {
    const label = normalise(row[0]?.map((p) => p.text).join(' ') ?? '');
    const field = template.header.find(
      (h) => normalise(h.label) === label || (label.length > 3 && normalise(h.label).startsWith(label)),
    );
    if (field && row.length >= 2)
      header[field.id] = row
        .slice(1)
        .map((cell) => cell.map((p) => p.text.trim()).join('\n'))
        .join('\n')
        .trim();
  }
  return Object.keys(header).length >= 3 ? header : null;
}

/** A table found inside an answer, carried among its paragraphs; its text is its rows ("a | b"). */
function tableParagraph(block: Extract<DocxBlock, { kind: 'table' }>): DocxParagraph {
  const text = block.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join(' ')).join(' | ')).join('\n');
  return { kind: 'paragraph', table: block, style: '', heading: null, list: null, runs: [], text };
}

/** Takes the signature block off the end of the last answer's paragraphs. */
function takeSignature(paragraphs: DocxParagraph[]): Partial<Signature> {
  const nonEmpty = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.text.trim() !== '');
  for (let k = Math.max(0, nonEmpty.length - 8); k < nonEmpty.length; k++) {
    const match = PLACE_DATE.exec(nonEmpty[k]!.p.text.trim());
    if (!match) continue;
    const lines = nonEmpty
      .slice(k + 1)
      .map(({ p }) => p.text.trim())
      .filter((line) => !SIGNATURE_LINE.test(line));
    paragraphs.splice(nonEmpty[k]!.i);
    return {
      ort: match[1]!.trim(),
      datum: match[2]!,
      namn: lines[0] ?? '',
      titel: lines[1] ?? '',
      forvaltning: lines[2] ?? '',
      organisation: lines[3] ?? '',
    };
  }
  return {};
}

/** Our own export adds "Resultatbeskrivningen baseras på …" for a chosen basis; reading it back, that line becomes the choice again. */
function dropExportedBasis(paragraphs: DocxParagraph[], options: readonly string[]): string[] {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return [];
  const basis = statedBasis(last.text, options);
  if (basis.length > 0 && last.text.trim() === basisSentence(basis)) {
    paragraphs.pop();
    return basis;
  }
  return [];
}

/** Reads a .docx report; throws DocxImportError when the file is not a readable .docx or not a report of this template. */
export function importDocxReport(
  bytes: Uint8Array,
  fileName: string,
  template: Template,
  newId: () => string,
  options: ImportOptions = {},
): DocxImportResult {
  const document = readDocxDocument(openDocx(bytes, fileName));
  // A report after the template has a few hundred paragraphs; these bounds keep any accepted input within time and memory.
  if (document.blocks.length > MAX_BLOCKS) {
    throw new DocxImportError(
      'too-large',
      `${fileName}: dokumentet har ${document.blocks.length.toLocaleString('sv-SE')} stycken och tabeller, fler än de ${MAX_BLOCKS.toLocaleString('sv-SE')} en rapport kan ha.`,
    );
  }
  const long = document.blocks.find((b) => b.kind === 'paragraph' && b.text.length > MAX_TEXT_NODE);
  if (long)
    throw new DocxImportError(
      'too-large',
      `${fileName}: ett stycke har ${blockText(long).length.toLocaleString('sv-SE')} tecken, fler än de ${MAX_TEXT_NODE.toLocaleString('sv-SE')} ett stycke i ett svar kan ha (det börjar ”${blockText(long).slice(0, 40)}…”).`,
    );
  const fields = listAnswerFields(template);
  const parts = new Map<
    number,
    { paragraphs: DocxParagraph[]; choice: YesNo; boxes: { ja?: boolean; nej?: boolean } }
  >();
  const unplaced: string[] = [];
  const probable: ProbableQuestion[] = [];
  let header: Record<string, string> = {};
  let organisation = '';
  let year: number | null = null;
  let current = -1;

  for (const block of document.blocks) {
    const text = blockText(block).trim();
    if (current < 0) {
      const table = headerFromTable(block, template);
      if (table) header = { ...header, ...table };
    }
    if (block.kind === 'table') {
      if (current >= 0) parts.get(current)!.paragraphs.push(tableParagraph(block));
      else if (!headerFromTable(block, template) && text !== '') unplaced.push(text);
      continue;
    }
    if (text === '' && block.runs.every((r) => r.kind !== 'image')) {
      if (current >= 0) parts.get(current)!.paragraphs.push(block);
      continue;
    }
    const placed = options.questionLines?.get(text);
    const forced = placed === undefined ? -1 : fields.findIndex((f) => f.id === placed);
    const matched = forced >= 0 ? forced : matchQuestion(text, fields, current);
    if (matched !== null) {
      current = matched;
      parts.set(current, { paragraphs: [], choice: null, boxes: {} });
      continue;
    }
    const titleYear = similarity(text.replace(/\d{4}/, ''), template.title) >= 0.8 ? /\b(20\d{2})\b/.exec(text) : null;
    if (titleYear) {
      year ??= Number(titleYear[1]);
      continue;
    }
    if (isTemplateLine(text, template) || UNANSWERED_MARK.test(text)) continue;
    const choice = checkBoxChoice(text);
    if (current >= 0 && choice !== undefined && fields[current]!.kind === 'yesno') {
      parts.get(current)!.choice = choice;
      continue;
    }
    // "☐ Ja" and "☒ Nej" as paragraphs of their own are the choice too, not answer text.
    const box = singleCheckBox(text);
    if (current >= 0 && box && fields[current]!.kind === 'yesno') {
      const part = parts.get(current)!;
      part.boxes[box.label] = box.checked;
      part.choice = part.boxes.ja && !part.boxes.nej ? 'ja' : part.boxes.nej && !part.boxes.ja ? 'nej' : null;
      continue;
    }
    const resembles = probableQuestion(text, fields, current);
    if (resembles && !parts.has(resembles.index))
      probable.push({
        text,
        questionId: fields[resembles.index]!.id,
        similarity: resembles.similarity,
        placedIn: current >= 0 ? fields[current]!.id : null,
      });
    if (current >= 0) parts.get(current)!.paragraphs.push(block);
    else if (!organisation && text.length <= 200 && Object.keys(header).length === 0) organisation = text;
    else unplaced.push(text);
  }

  if (parts.size === 0) {
    throw new DocxImportError(
      'not-report',
      `${fileName}: inget av mallens frågor hittades – dokumentet är inte en ${template.title.toLocaleLowerCase('sv')}.`,
    );
  }

  const lastIndex = Math.max(...parts.keys());
  const signature = takeSignature(parts.get(lastIndex)!.paragraphs);
  const imageIds = new Map([...document.images.keys()].map((key) => [key, newId()]));
  const answers: ImportedAnswer[] = [];
  for (const [index, part] of [...parts].sort(([a], [b]) => a - b)) {
    const field = fields[index]!;
    while (
      part.paragraphs.length > 0 &&
      part.paragraphs[part.paragraphs.length - 1]!.text.trim() === '' &&
      part.paragraphs[part.paragraphs.length - 1]!.runs.every((r) => r.kind !== 'image')
    )
      part.paragraphs.pop();
    while (
      part.paragraphs.length > 0 &&
      part.paragraphs[0]!.text.trim() === '' &&
      part.paragraphs[0]!.runs.every((r) => r.kind !== 'image')
    )
      part.paragraphs.shift();
    const exported = field.kind === 'effect' ? dropExportedBasis(part.paragraphs, template.basisOptions) : [];
    let content = paragraphsToRichText(part.paragraphs, imageIds);
    if (isUnanswered(content, template.placeholders)) content = paragraphsToRichText([], imageIds);
    const stated = field.kind === 'effect' ? statedBasis(richTextToPlain(content), template.basisOptions) : [];
    const basis = template.basisOptions.filter((o) => exported.includes(o) || stated.includes(o));
    answers.push({ questionId: field.id, content, choice: part.choice, basis });
  }
  const usedImages = new Set(JSON.stringify(answers).match(/"imageId":"[^"]+"/g) ?? []);
  const images = [...document.images]
    .filter(([key]) => usedImages.has(`"imageId":"${imageIds.get(key)}"`))
    .map(([key, image]) => ({ key, ...image, name: key.split('/').pop() ?? key }));
  const found = fields.filter((_, i) => parts.has(i)).map((f) => f.id);
  return {
    year: year ?? template.year,
    organisation,
    header,
    signature: { ort: '', datum: '', namn: '', titel: '', forvaltning: '', organisation: '', ...signature },
    answers,
    found,
    missing: fields.map((f) => f.id).filter((id) => !found.includes(id)),
    unplaced,
    images,
    imageIds,
    // A resembled question that was found after all (further on, in full) is no open question.
    probable: probable.filter((p) => !found.includes(p.questionId)),
    droppedImages: document.droppedImages,
  };
}
