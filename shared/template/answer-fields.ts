import type { AnswerKind, Question, Template } from './template-schema';

/** One field the user answers, flattened out of sections and groups, in document order. */
export interface AnswerField {
  id: string;
  kind: AnswerKind;
  text: string;
  sectionNumber: string;
  /** The group's lead-in ("Har anslaget bidragit till att nå målen i:") for parts of a group. */
  groupText?: string;
  instruction?: string;
  footnote?: { number: number; text: string };
  /** Most characters the answer should hold, when the template sets it. */
  maxCharacters?: number;
}

/** Lists every answer field of a template in document order, numbering footnotes through the whole document (1, 2, …). */
export function listAnswerFields(template: Template): AnswerField[] {
  const fields: AnswerField[] = [];
  let footnoteNumber = 0;
  const add = (question: Question, sectionNumber: string, groupText?: string) => {
    const field: AnswerField = { id: question.id, kind: question.kind, text: question.text, sectionNumber };
    if (groupText !== undefined) field.groupText = groupText;
    if (question.instruction !== undefined) field.instruction = question.instruction;
    if (question.footnote !== undefined) field.footnote = { number: ++footnoteNumber, text: question.footnote };
    if (question.maxCharacters !== undefined) field.maxCharacters = question.maxCharacters;
    fields.push(field);
  };
  for (const section of template.sections) {
    for (const item of section.items) {
      if (item.type === 'group') item.parts.forEach((part) => add(part, section.number, item.text));
      else add(item, section.number);
    }
  }
  return fields;
}

/** Finds one answer field by id, or undefined when the template has no such field. */
export function findAnswerField(template: Template, id: string): AnswerField | undefined {
  return listAnswerFields(template).find((field) => field.id === id);
}

/**
 * True for a question the template lets a region leave empty: the effect questions that
 * begin "Om möjligt" (1.5, 2.7, 3.5, 4.5). An empty one is a warning, not an error.
 */
export function isOptionalField(field: Pick<AnswerField, 'kind' | 'text'>): boolean {
  return field.kind === 'effect' && /^om möjligt\b/i.test(field.text.trim());
}
