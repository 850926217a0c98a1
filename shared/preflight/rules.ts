import { isUnanswered } from '../report/answer-text';
import { statedBasis } from '../report/basis';
import { emptyRichText, type RichText, type SerializedBlock } from '../report/content-schema';
import { blockLines, richTextToPlain } from '../report/rich-text-plain';
import { isIsoDate } from '../text/dates';
import { isOptionalField, listAnswerFields, type AnswerField } from '../template/answer-fields';
import { answerFinding, fieldFinding, type Finding, type PreflightInput } from './finding';
import { findPlaceholders } from './placeholders';
import { findReferences, headingExists } from './references';

/*
 * The preflight rules, one function each, all pure: they read the report and return
 * findings. Messages say what is wrong and what to do, in Swedish.
 */

interface AnswerContext {
  field: AnswerField;
  content: RichText;
  text: string;
  choice: 'ja' | 'nej' | null;
  basis: readonly string[];
  empty: boolean;
}

export type AnswerRule = (answer: AnswerContext, input: PreflightInput, known: KnownTargets) => Finding[];

/** What references may point at: template numbers and all headings. */
export interface KnownTargets {
  numbers: ReadonlySet<string>;
  headings: readonly string[];
}

const unanswered: AnswerRule = ({ field, empty, choice }) => {
  if (!empty || (field.kind === 'yesno' && choice !== null)) return [];
  if (isOptionalField(field))
    return [
      answerFinding(
        'unanswered',
        'varning',
        field.id,
        `Fråga ${field.id} är tom. Den börjar ”Om möjligt” och får lämnas tom, men skriv gärna det ni kan.`,
      ),
    ];
  return [answerFinding('unanswered', 'fel', field.id, `Fråga ${field.id} är inte besvarad.`)];
};

const placeholder: AnswerRule = ({ field, text, empty }, input) => {
  if (empty) return [];
  return findPlaceholders(text, input.template.placeholders).map((p) =>
    answerFinding(
      'placeholder',
      'fel',
      field.id,
      `Fråga ${field.id} innehåller platshållaren ”${p.token}”: ”${p.excerpt}”.`,
    ),
  );
};

const missingBasis: AnswerRule = ({ field, text, basis, empty }, input) => {
  if (field.kind !== 'effect' || empty || basis.length > 0 || statedBasis(text, input.template.basisOptions).length > 0)
    return [];
  const options = input.template.basisOptions.join(', ');
  return [
    answerFinding(
      'missing-basis',
      'fel',
      field.id,
      `Fråga ${field.id}: ange om resultatet baseras på ${options} (välj underlag eller skriv det i texten).`,
    ),
  ];
};

const missingChoice: AnswerRule = ({ field, empty, choice }) => {
  if (field.kind !== 'yesno' || (empty && choice === null)) return [];
  if (choice === null)
    return [answerFinding('missing-choice', 'fel', field.id, `Fråga ${field.id}: välj Ja eller Nej.`)];
  if (empty)
    return [
      answerFinding(
        'missing-choice',
        'fel',
        field.id,
        `Fråga ${field.id}: ”${choice === 'ja' ? 'Ja' : 'Nej'}” är valt men förklaringen saknas.`,
      ),
    ];
  return [];
};

const brokenReference: AnswerRule = ({ field, text, empty }, _input, known) => {
  if (empty) return [];
  return findReferences(text).flatMap((ref) => {
    if (ref.kind === 'number') {
      return known.numbers.has(ref.target)
        ? []
        : [
            answerFinding(
              'broken-reference',
              'fel',
              field.id,
              `Fråga ${field.id} hänvisar till ”${ref.written}”, som inte finns i mallen.`,
            ),
          ];
    }
    return headingExists(ref.target, known.headings)
      ? []
      : [
          answerFinding(
            'broken-reference',
            'varning',
            field.id,
            `Fråga ${field.id} hänvisar till ”${ref.written}”, men ingen rubrik heter så.`,
          ),
        ];
  });
};

const unresolvedConflict: AnswerRule = ({ field, content }, input) => {
  const count = content.root.children.filter((b) => b.type === 'conflict').length;
  const choices = (input.mergeRecords ?? []).filter((r) => r.questionId === field.id && r.choiceConflict).length;
  return [
    ...(count === 0
      ? []
      : [
          answerFinding(
            'unresolved-conflict',
            'fel',
            field.id,
            `Fråga ${field.id} har ${count} olösta konflikter: välj version i svaret.`,
          ),
        ]),
    ...(choices === 0
      ? []
      : [
          answerFinding(
            'unresolved-conflict',
            'fel',
            field.id,
            `Fråga ${field.id} har olika svar på Ja/Nej eller underlag från samordnaren och en avdelning: bestäm dig under ”Bidrag”.`,
          ),
        ]),
  ];
};

/** Most characters an answer should hold when the template does not say. */
export const DEFAULT_MAX_CHARACTERS = 20_000;

const tooLong: AnswerRule = ({ field, text }) => {
  const max = field.maxCharacters ?? DEFAULT_MAX_CHARACTERS;
  const length = [...text].length;
  return length <= max
    ? []
    : [
        answerFinding(
          'too-long',
          'varning',
          field.id,
          `Fråga ${field.id} har ${length.toLocaleString('sv-SE')} tecken, mer än de ${max.toLocaleString('sv-SE')} som mallen räknar med: korta svaret.`,
        ),
      ];
};

function headingText(block: SerializedBlock): string | null {
  return block.type === 'heading' ? blockLines(block).join(' ').trim() : null;
}

const emptyHeading: AnswerRule = ({ field, content }) => {
  const blocks = content.root.children;
  const findings: Finding[] = [];
  blocks.forEach((block, i) => {
    const title = headingText(block);
    if (title === null) return;
    if (title === '') {
      findings.push(answerFinding('empty-heading', 'varning', field.id, `Fråga ${field.id} har en tom underrubrik.`));
      return;
    }
    const next = blocks
      .slice(i + 1)
      .find((b) => blockLines(b).join('').trim() !== '' || JSON.stringify(b).includes('"type":"image"'));
    if (!next || next.type === 'heading') {
      findings.push(
        answerFinding(
          'empty-heading',
          'varning',
          field.id,
          `Fråga ${field.id}: underrubriken ”${title}” har ingen text under sig.`,
        ),
      );
    }
  });
  return findings;
};

/** Open comments are a warning: the signed document carries none, but someone may still be waiting for an answer. */
const openComment: AnswerRule = ({ field }, input) => {
  const open = (input.comments ?? []).filter((c) => c.questionId === field.id && !c.resolution?.resolved).length;
  return open === 0
    ? []
    : [
        answerFinding(
          'open-comment',
          'varning',
          field.id,
          `Fråga ${field.id} har ${open} öppna kommentarer: svara och markera dem som lösta, eller signera ändå.`,
        ),
      ];
};

export const ANSWER_RULES: readonly AnswerRule[] = [
  unanswered,
  missingChoice,
  placeholder,
  missingBasis,
  brokenReference,
  unresolvedConflict,
  emptyHeading,
  tooLong,
  openComment,
];

/** Every field's answer prepared once for the rules. */
export function answerContexts(input: PreflightInput): AnswerContext[] {
  const byId = new Map(input.answers.map((a) => [a.questionId, a]));
  return listAnswerFields(input.template).map((field) => {
    const answer = byId.get(field.id);
    const content = answer?.content ?? emptyRichText();
    return {
      field,
      content,
      text: richTextToPlain(content),
      choice: answer?.choice ?? null,
      basis: answer?.basis ?? [],
      empty: isUnanswered(content, input.template.placeholders),
    };
  });
}

/** The numbers and headings a reference may name. */
export function knownTargets(input: PreflightInput): KnownTargets {
  const numbers = new Set<string>();
  const headings: string[] = [];
  for (const section of input.template.sections) {
    numbers.add(section.number);
    headings.push(section.title);
    for (const item of section.items) {
      numbers.add(item.id);
      if (item.type === 'group') item.parts.forEach((p) => numbers.add(p.id));
    }
  }
  for (const answer of input.answers) {
    for (const block of answer.content.root.children) {
      const title = headingText(block);
      if (title) headings.push(title);
    }
  }
  return { numbers, headings };
}

/** Header and signature findings: empty fields, placeholders and dates. */
export function reportFindings(input: PreflightInput): Finding[] {
  const { template, report } = input;
  const findings: Finding[] = [];
  for (const field of template.header) {
    const value = report.header[field.id] ?? '';
    if (value.trim() === '')
      findings.push(fieldFinding('unanswered', 'fel', field.id, `Fältet ”${field.label}” är tomt.`));
    for (const p of findPlaceholders(value, template.placeholders)) {
      findings.push(
        fieldFinding(
          'placeholder',
          'fel',
          field.id,
          `Fältet ”${field.label}” innehåller platshållaren ”${p.token}”: ”${p.excerpt}”.`,
        ),
      );
    }
  }
  const labels = new Map(template.signature.map((s) => [s.id, s.label]));
  for (const id of ['ort', 'datum', 'namn', 'titel'] as const) {
    if (report.signature[id].trim() === '') {
      findings.push(
        fieldFinding(
          'unanswered',
          'fel',
          `signatur.${id}`,
          `Underskriften saknar ${(labels.get(id) ?? id).toLocaleLowerCase('sv')}.`,
        ),
      );
    }
  }
  findings.push(...dateFindings(input));
  return findings;
}

function dateFindings({ report }: PreflightInput): Finding[] {
  const findings: Finding[] = [];
  const yearEnd = `${report.year}-12-31`;
  const dates = [
    { field: 'datum', label: 'Datum i sidhuvudet', value: (report.header.datum ?? '').trim() },
    { field: 'signatur.datum', label: 'Underskriftens datum', value: report.signature.datum.trim() },
  ];
  for (const { field, label, value } of dates) {
    if (value === '') continue;
    if (!isIsoDate(value))
      findings.push(
        fieldFinding('date-mismatch', 'fel', field, `${label} ”${value}” är inget giltigt datum (åååå-mm-dd).`),
      );
    else if (value < yearEnd)
      findings.push(
        fieldFinding(
          'date-mismatch',
          'fel',
          field,
          `${label} ${value} ligger före slutet av rapportåret ${report.year}.`,
        ),
      );
  }
  const [header, signature] = dates;
  if (header!.value !== '' && signature!.value !== '' && header!.value !== signature!.value) {
    findings.push(
      fieldFinding(
        'date-mismatch',
        'fel',
        'signatur.datum',
        `Datum i sidhuvudet (${header!.value}) och underskriftens datum (${signature!.value}) skiljer sig.`,
      ),
    );
  }
  return findings;
}

/** Departments that were given questions and never sent a contribution. */
export function contributionFindings({ departments, assignments, contributions }: PreflightInput): Finding[] {
  const delivered = new Set(contributions.map((c) => c.departmentId));
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return assignments
    .filter((a) => a.questionIds.length > 0 && !delivered.has(a.departmentId))
    .map((a) =>
      answerFinding(
        'missing-contribution',
        'varning',
        a.questionIds[0]!,
        `${names.get(a.departmentId) ?? 'En avdelning'} har inte lämnat något bidrag (frågor ${a.questionIds.join(', ')}).`,
      ),
    );
}
