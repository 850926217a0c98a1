import { listAnswerFields } from '../../template/answer-fields';
import { checkTemplate } from '../../template/parse-template';
import type { HeaderField, Question, QuestionGroup, Section, Template } from '../../template/template-schema';
import { readDocxDocument, type DocxParagraph, type DocxTable } from './docx-model';
import { DocxImportError } from './import-error';
import { checkBoxChoice, singleCheckBox } from './question-match';
import { normalise } from '../../text/word-similarity';
import { openDocx } from './zip';

/*
 * A template read from the government's Word file. The document is walked once. Before
 * the first section come the title with its year ("Resultatredovisning … 2026") and the
 * header table (labels in the first column). A section is "N. Titel" with the next
 * number (or a heading without a number); a question is "N.M text" in section N; a
 * question ending in ":" followed by "a) …" lines (or "N.Ma …") becomes a group of parts.
 * After a question: a Ja/Nej check-box line makes it a Ja/Nej part, the placeholder
 * ("Klicka här för att ange text.") marks where the answer goes, and a line before the
 * placeholder (or after the check boxes, or in an instruction style) is its instruction.
 * A question asking "Ange om ni baserar … på en uppföljning, utvärdering eller egen
 * bedömning" is an effect question, and those words are the basis options. Footnote
 * marks on a question bring the footnote's text. Everything else is listed as not read,
 * so the person sees it in the outline before saving. What the file does not say (the
 * issuers, labels of a signature block the file leaves out) comes from `reference`.
 */

/** A template read from a Word file, with what could not be read. */
export interface TemplateReading {
  template: Template;
  /** Text of the file that is not part of the template as read, one Swedish line each. */
  notRead: string[];
}

const SECTION = /^(\d{1,2})\s*[.)]?\s+(\S.*)$/su;
const QUESTION = /^(\d{1,2})\s*\.\s*(\d{1,2})\s*([a-z])?\s*[.):]?\s+(\S.*)$/su;
const PART = /^([a-z])\s*\)\s+(\S.*)$/su;
const TITLE_YEAR = /^(\S.*\S)\s+(20\d{2})$/u;
const PLACEHOLDER = /^(klicka|tryck|click|tap) (här|here)\b/iu;
const OWN_UNANSWERED = /^\[(ej besvarad|not answered)\]$/iu;
const SIGNATURE_FILLER = /^([\s._…-]{3,}|\p{L}[\p{L} .-]{0,60}?[,\s]+\d{4}-\d{2}-\d{2})$/u;
const BASIS_QUESTION = /ange om ni baserar[^.]*?\bpå (?:en |ett )?([^.]+)\./iu;
const INSTRUCTION_STYLE = /instru|anvisning|vägledning/u;

type SignatureId = Template['signature'][number]['id'];
const SIGNATURE_ORDER: readonly SignatureId[] = ['ort', 'datum', 'namn', 'titel', 'forvaltning', 'organisation'];
const SIGNATURE_DEFAULT_LABELS: Record<SignatureId, string> = {
  ort: 'Ort',
  datum: 'Datum',
  namn: 'Namn',
  titel: 'Titel',
  forvaltning: 'Förvaltning',
  organisation: 'Organisation',
};
const SIGNATURE_LABELS: readonly [RegExp, SignatureId[]][] = [
  [/^ort och datum$/u, ['ort', 'datum']],
  [/^ort$/u, ['ort']],
  [/^datum$/u, ['datum']],
  [/^(namn|namnförtydligande|underskrift)$/u, ['namn']],
  [/^(titel|befattning)$/u, ['titel']],
  [/^förvaltning( enhet)?$/u, ['forvaltning']],
  [/^organisation$/u, ['organisation']],
];

interface Slot {
  question: Question;
  /** The placeholder (or our export's "[Ej besvarad]") was seen: what follows is not the question's own text. */
  answered: boolean;
}

function quote(text: string): string {
  return `”${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
}

/** A header field id from its label: "Vårt dnr" → "vartDnr". */
/** A text's words in lower-case ASCII letters and digits: "Vårt dnr" → ["vart", "dnr"]. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function fieldId(label: string, taken: ReadonlySet<string>): string {
  const words = asciiWords(label);
  let id = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  if (!/^[a-z]/.test(id)) id = `falt${id}`;
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}${n}`;
  return unique;
}

function headerFields(table: DocxTable, reference: Template | undefined): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const row of table.rows) {
    const label = (row[0] ?? [])
      .map((p) => p.text)
      .join(' ')
      .trim();
    if (label === '' || label.length > 100) continue;
    const known = reference?.header.find((h) => normalise(h.label) === normalise(label));
    if (known) {
      fields.push(known);
      continue;
    }
    const multiline = row.slice(1).some((cell) => cell.filter((p) => p.text.trim() !== '').length > 1);
    const id = fieldId(label, new Set(fields.map((f) => f.id)));
    fields.push({ id, label, multiline, ...(/datum/iu.test(label) && { format: 'date' as const }) });
  }
  return fields;
}

function slug(text: string): string {
  return asciiWords(text)[0] ?? 'mall';
}

function footnoteOf(paragraph: DocxParagraph): string | undefined {
  const notes = paragraph.runs.flatMap((r) => (r.kind === 'footnote' && r.text !== '' ? [r.text] : []));
  return notes.length > 0 ? notes.join(' ').slice(0, 1_000) : undefined;
}

/** The basis options an effect question names, or null when the question asks for none. */
export function basisOptionsIn(questionText: string): string[] | null {
  const match = BASIS_QUESTION.exec(questionText);
  if (!match) return null;
  const options = match[1]!
    .split(/\s*,\s*|\s+eller\s+|\s+och\s+/u)
    .map((o) => o.trim())
    .filter((o) => o !== '' && o.length <= 50);
  return options.length > 0 ? options : null;
}

/** Reads a template .docx; throws DocxImportError when it is no .docx or holds no numbered questions, or when what it holds is no valid template. */
export function readTemplateDocx(bytes: Uint8Array, fileName: string, reference?: Template): TemplateReading {
  const blocks = readDocxDocument(openDocx(bytes, fileName)).blocks;
  // A question worded as before keeps the reference's length limit.
  const referenceFields = new Map(reference ? listAnswerFields(reference).map((f) => [f.id, f]) : []);
  const notRead: string[] = [];
  const sections: Section[] = [];
  const placeholders: string[] = [];
  const signature = new Set<SignatureId>();
  let basisOptions: string[] | null = null;
  let title: string | null = null;
  let year: number | null = null;
  let header: HeaderField[] | null = null;
  // Set inside the loop's branches; `as` keeps TypeScript from narrowing them to null for good.
  let slot = null as Slot | null;
  let group = null as QuestionGroup | null;

  const where = () =>
    slot
      ? `Under ${slot.question.id}`
      : sections.length > 0
        ? `Under avsnitt ${sections.length}`
        : 'Före första avsnittet';
  const isPlaceholder = (text: string) => PLACEHOLDER.test(text) || (reference?.placeholders.includes(text) ?? false);
  const paragraphs = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'table' || b.text.trim() !== '');
  const nextText = (k: number) => {
    const next = paragraphs[k + 1]?.b;
    return next && next.kind === 'paragraph' ? next.text.trim() : '';
  };
  const section = () => sections[sections.length - 1];

  const addQuestion = (id: string, text: string, paragraph: DocxParagraph): Question => {
    const footnote = footnoteOf(paragraph);
    const question: Question = {
      type: 'question',
      id,
      kind: 'text',
      text,
      ...(footnote !== undefined && { footnote }),
    };
    const options = basisOptionsIn(text);
    if (options) {
      question.kind = 'effect';
      basisOptions ??= options;
    }
    const known = referenceFields.get(id);
    if (known?.maxCharacters !== undefined && normalise(known.text) === normalise(text))
      question.maxCharacters = known.maxCharacters;
    return question;
  };

  for (let k = 0; k < paragraphs.length; k++) {
    const block = paragraphs[k]!.b;
    if (block.kind === 'table') {
      if (sections.length === 0 && header === null) header = headerFields(block, reference);
      else notRead.push(`${where()}: en tabell (${block.rows.length} rader) lästes inte.`);
      continue;
    }
    const text = block.text.replace(/\s+/g, ' ').trim();
    const question = QUESTION.exec(text);
    const sectionMatch = question ? null : SECTION.exec(text);
    const nextNumber = sections.length + 1;
    if (
      sectionMatch &&
      Number(sectionMatch[1]) === nextNumber &&
      sectionMatch[2]!.length <= 300 &&
      !/[?]$/.test(text) &&
      (block.heading !== null || /^\d{1,2}\s*[.)]/.test(text))
    ) {
      sections.push({ number: String(nextNumber), title: sectionMatch[2]!.trim(), items: [] });
      slot = null;
      group = null;
      continue;
    }
    if (
      !question &&
      block.heading !== null &&
      block.heading >= 1 &&
      block.heading <= 2 &&
      text.length <= 300 &&
      (sections.length > 0 || title !== null)
    ) {
      sections.push({ number: String(nextNumber), title: text, items: [] });
      slot = null;
      group = null;
      continue;
    }
    if (sections.length === 0) {
      const titled = TITLE_YEAR.exec(text);
      if (titled && title === null && titled[1]!.split(' ').length >= 3) {
        title = titled[1]!;
        year = Number(titled[2]);
      } else if (!(titled && titled[1] === title)) notRead.push(`${where()}: ${quote(text)}`);
      continue;
    }
    const current = section()!;
    if (question && question[1] === current.number) {
      const base = `${question[1]}.${question[2]}`;
      const letter = question[3];
      const last = current.items[current.items.length - 1];
      if (letter) {
        // "5.1a …": a part of 5.1, whose lead-in may have been read as a question.
        if (last?.id === base && last.type === 'question')
          current.items[current.items.length - 1] = group = { type: 'group', id: base, text: last.text, parts: [] };
        else if (!(group && group.id === base))
          current.items.push((group = { type: 'group', id: base, text: question[4]!, parts: [] }));
        slot = { question: addQuestion(`${base}${letter}`, question[4]!, block), answered: false };
        group.parts.push(slot.question);
      } else {
        group = null;
        slot = { question: addQuestion(base, question[4]!, block), answered: false };
        current.items.push(slot.question);
      }
      continue;
    }
    const part = PART.exec(text);
    const last = current.items[current.items.length - 1];
    if (part && last && (last.type === 'group' || (slot?.question === last && /:$/.test(last.text)))) {
      if (last.type === 'question') {
        if (last.footnote)
          notRead.push(
            `${last.id}: fotnoten ${quote(last.footnote)} står på en inledning till delfrågor och lästes inte.`,
          );
        current.items[current.items.length - 1] = group = { type: 'group', id: last.id, text: last.text, parts: [] };
      }
      group = last.type === 'group' ? last : group!;
      slot = { question: addQuestion(`${group.id}${part[1]!.toLowerCase()}`, part[2]!, block), answered: false };
      group.parts.push(slot.question);
      continue;
    }
    if (checkBoxChoice(text) !== undefined || singleCheckBox(text)) {
      if (slot) slot.question.kind = 'yesno';
      else notRead.push(`${where()}: Ja/Nej-rutor utan fråga.`);
      continue;
    }
    if (isPlaceholder(text) || OWN_UNANSWERED.test(text)) {
      if (!OWN_UNANSWERED.test(text) && !placeholders.includes(text)) placeholders.push(text);
      if (slot) slot.answered = true;
      continue;
    }
    const label = SIGNATURE_LABELS.find(([pattern]) => pattern.test(normalise(text)));
    if (label && text.length <= 40) {
      for (const id of label[1]) signature.add(id);
      continue;
    }
    const nextIsPlaceholder = isPlaceholder(nextText(k)) || OWN_UNANSWERED.test(nextText(k));
    const instructionLike =
      INSTRUCTION_STYLE.test(block.style) ||
      nextIsPlaceholder ||
      (slot?.question.kind === 'yesno' && slot.question.instruction === undefined);
    if (slot && !slot.answered && instructionLike && (slot.question.instruction ?? '').length + text.length < 1_000) {
      slot.question.instruction = slot.question.instruction ? `${slot.question.instruction} ${text}` : text;
      continue;
    }
    if (SIGNATURE_FILLER.test(text)) continue;
    notRead.push(`${where()}: ${quote(text)}`);
  }

  if (!sections.some((s) => s.items.length > 0)) {
    throw new DocxImportError(
      'not-report',
      `${fileName}: inga numrerade frågor hittades. En mall har avsnitt som ”1. Rubrik” och frågor som ”1.1 Beskriv …” (delfrågor ”a) …”) i dokumentets text; den här filen är ingen sådan mall.`,
    );
  }
  for (const empty of sections.filter((s) => s.items.length === 0))
    notRead.push(`Avsnitt ${empty.number} ${quote(empty.title)} har inga frågor och lästes inte.`);
  if (title === null || year === null)
    notRead.push(
      `Titeln med årtal (”… ${reference ? reference.year + 1 : 2026}”) hittades inte; ${reference ? `titeln från ${reference.name} används` : 'en titel behövs'}.`,
    );
  if (header === null)
    notRead.push(
      `Sidhuvudets tabell hittades inte; ${reference ? `fälten från ${reference.name} används` : 'fältet Namn används'}.`,
    );
  if (signature.size === 0 && reference)
    notRead.push(`Underskriftsblocket har inga rubriker i filen; det från ${reference.name} används.`);

  const finalTitle = title ?? reference?.title;
  const finalYear = year ?? (reference ? reference.year + 1 : null);
  if (finalTitle === undefined || finalYear === null)
    throw new DocxImportError(
      'not-report',
      `${fileName}: mallens titel med årtal (”Resultatredovisning … 2026”) hittades inte före första avsnittet.`,
    );
  const draft = {
    formatVersion: 1,
    id: `${slug(finalTitle)}-${finalYear}`,
    name: `${finalTitle} ${finalYear}`,
    title: finalTitle,
    year: finalYear,
    language: 'sv',
    issuers: reference?.issuers ?? [],
    // Word's Swedish prompt for an empty content control, whether or not this file shows it.
    placeholders: [
      ...new Set([...placeholders, ...(reference?.placeholders ?? ['Klicka här för att ange text.'])]),
    ].slice(0, 20),
    basisOptions: basisOptions ?? reference?.basisOptions ?? ['uppföljning', 'utvärdering', 'egen bedömning'],
    header:
      header && header.length > 0 ? header : (reference?.header ?? [{ id: 'namn', label: 'Namn', multiline: false }]),
    sections: sections.filter((s) => s.items.length > 0),
    signature:
      signature.size > 0
        ? SIGNATURE_ORDER.filter((id) => signature.has(id)).map(
            (id) => reference?.signature.find((s) => s.id === id) ?? { id, label: SIGNATURE_DEFAULT_LABELS[id] },
          )
        : (reference?.signature ?? SIGNATURE_ORDER.map((id) => ({ id, label: SIGNATURE_DEFAULT_LABELS[id] }))),
  };
  const checked = checkTemplate(draft);
  if ('problems' in checked)
    throw new DocxImportError(
      'not-report',
      `${fileName}: mallen som lästes går inte att använda: ${checked.problems}.`,
    );
  return { template: checked.template, notRead };
}
