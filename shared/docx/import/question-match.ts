import type { AnswerField } from '../../template/answer-fields';
import type { Template } from '../../template/template-schema';
import { SAME_QUESTION, similarity } from '../../text/word-similarity';

/*
 * Recognising the template's own lines in a Word document: question texts (however
 * they are numbered or styled, with small differences in wording, punctuation and
 * spacing), section headings, the 5.1 lead-in, the Ja/Nej instruction. Texts are
 * compared as sets of words; a line counts when it shares at least 80 % of the longer
 * one's words and is not much longer than the template's text.
 */

/** No question, heading or instruction of a template is this long: longer lines are answer text without comparing. */
export const LONGEST_TEMPLATE_LINE = 4_000;

const NUMBER_PREFIX = /^\s*(?:(\d{1,2})\s*[.,:]\s*(\d{1,2})\s*([a-z])?|([a-c]))\s*[.):]?\s+/iu;

/** A leading number such as "1.1", "2.7.", "5.1 a)", "5.1a" or a part letter "a)", and the text after it. */
export function splitNumber(text: string): { id: string | null; part: string | null; rest: string } {
  const match = NUMBER_PREFIX.exec(text);
  if (!match) return { id: null, part: null, rest: text };
  if (match[4]) return { id: null, part: match[4].toLowerCase(), rest: text.slice(match[0].length) };
  return {
    id: `${match[1]}.${match[2]}${(match[3] ?? '').toLowerCase()}`,
    part: null,
    rest: text.slice(match[0].length),
  };
}

const THRESHOLD = SAME_QUESTION;

function fits(line: string, templateText: string): boolean {
  return line.length <= templateText.length * 1.6 + 20 && similarity(line, templateText) >= THRESHOLD;
}

/**
 * The field a line asks, if it is a question line: an explicit number wins when its text
 * fits; otherwise the first field, after the last one found, whose text fits (several
 * questions share a wording, so order decides).
 */
export function matchQuestion(line: string, fields: readonly AnswerField[], after: number): number | null {
  if (line.length > LONGEST_TEMPLATE_LINE) return null;
  const { id, part, rest } = splitNumber(line);
  if (id) {
    const index = fields.findIndex((f) => f.id === id);
    if (index >= 0 && fits(rest, fields[index]!.text)) return index;
  }
  const text = id || part ? rest : line;
  for (let i = after + 1; i < fields.length; i++) {
    const field = fields[i]!;
    if (part && field.groupText && !field.id.endsWith(part)) continue;
    if (fits(text, field.text)) return i;
  }
  return null;
}

/** True for the template's own lines that are not answers: section headings, group lead-ins, instructions, the title. */
export function isTemplateLine(line: string, template: Template): boolean {
  if (line.length > LONGEST_TEMPLATE_LINE) return false;
  const { rest } = splitNumber(line.replace(/^\s*\d{1,2}\s*[.)]\s+/, (m) => `${m.trim()} `));
  const candidates = [
    ...template.sections.map((s) => s.title),
    ...template.sections.flatMap((s) =>
      s.items.flatMap((i) =>
        i.type === 'group'
          ? [i.text, ...i.parts.flatMap((p) => (p.instruction ? [p.instruction] : []))]
          : i.instruction
            ? [i.instruction]
            : [],
      ),
    ),
    template.title,
  ];
  const stripped = line.replace(/^\s*\d{1,2}\s*[.)]\s*/, '');
  return candidates.some((c) => fits(stripped, c) || fits(rest, c));
}

/** The Ja/Nej choice of a check-box line ("☒ Ja ☐ Nej", "Ja ☐ Nej ☒"), null when neither or both are ticked, undefined when the line is not one. */
export function checkBoxChoice(line: string): 'ja' | 'nej' | null | undefined {
  if (!/^[\s☒☑☐■□]*ja[\s☒☑☐■□]*nej[\s☒☑☐■□]*$/iu.test(line)) return undefined;
  const marks = [...line].filter((c) => '☒☑☐■□'.includes(c));
  if (marks.length !== 2) return undefined;
  // Whether the boxes come before or after their labels, the first belongs to Ja.
  const [ja, nej] = marks.map((c) => '☒☑■'.includes(c));
  return ja && !nej ? 'ja' : nej && !ja ? 'nej' : null;
}

/** A line with one check box and its label ("☐ Ja", "☒ Nej", "Nej ☒"); undefined when the line is not one. */
export function singleCheckBox(line: string): { label: 'ja' | 'nej'; checked: boolean } | undefined {
  const match = /^\s*(?:([☒☑☐■□])\s*(ja|nej)|(ja|nej)\s*([☒☑☐■□]))\s*$/iu.exec(line);
  if (!match) return undefined;
  const box = match[1] ?? match[4]!;
  return { label: (match[2] ?? match[3]!).toLowerCase() as 'ja' | 'nej', checked: '☒☑■'.includes(box) };
}

/** Least share of a question's words a line must have to be named a probable (shortened) question. */
export const PROBABLE_THRESHOLD = 0.45;

/** The not-yet-found field a line that is no question line most looks like, when it looks like one enough (a shortened question in the Word file). */
export function probableQuestion(
  line: string,
  fields: readonly AnswerField[],
  after: number,
): { index: number; similarity: number } | null {
  if (line.length > LONGEST_TEMPLATE_LINE) return null;
  const { id, rest } = splitNumber(line);
  let best: { index: number; similarity: number } | null = null;
  for (let i = after + 1; i < fields.length; i++) {
    const field = fields[i]!;
    if (rest.length > field.text.length * 1.2 + 20) continue;
    const score = similarity(id ? rest : line, field.text);
    if (score >= PROBABLE_THRESHOLD && score < THRESHOLD && (!best || score > best.similarity))
      best = { index: i, similarity: score };
  }
  return best;
}
