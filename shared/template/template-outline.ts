import { listAnswerFields } from './answer-fields';
import type { AnswerKind, Template } from './template-schema';

/*
 * A template as lines of text, for the command line's `template-from-docx` and for a
 * quick look at what a Word file was read into: sections, questions with their kind,
 * footnote numbers and instructions, then the footnotes, the basis options, the header
 * and signature fields, and what could not be read.
 */

/** The Swedish name of an answer kind. */
const KIND_NAMES: Record<AnswerKind, string> = { text: 'text', yesno: 'Ja/Nej', effect: 'effekt med underlag' };

/** The outline of a template, one line each. */
export function templateOutline(template: Template, notRead: readonly string[] = []): string[] {
  const fields = new Map(listAnswerFields(template).map((f) => [f.id, f]));
  const lines = [
    `${template.name} (${template.id}${template.version ? `, version ${template.version}` : ''}): ${fields.size} frågor i ${template.sections.length} avsnitt`,
    `Sidhuvud: ${template.header.map((h) => h.label).join(', ')}`,
  ];
  const question = (id: string, text: string, indent: string) => {
    const field = fields.get(id)!;
    const note = field.footnote ? ` [fotnot ${field.footnote.number}]` : '';
    lines.push(`${indent}${id} (${KIND_NAMES[field.kind]}) ${text}${note}`);
    if (field.instruction) lines.push(`${indent}    Instruktion: ${field.instruction}`);
  };
  for (const section of template.sections) {
    lines.push(`${section.number}. ${section.title}`);
    for (const item of section.items) {
      if (item.type === 'group') {
        lines.push(`  ${item.id} ${item.text}`);
        for (const part of item.parts) question(part.id, part.text, '    ');
      } else question(item.id, item.text, '  ');
    }
  }
  const notes = [...fields.values()].flatMap((f) => (f.footnote ? [`  ${f.footnote.number}. ${f.footnote.text}`] : []));
  if (notes.length > 0) lines.push('Fotnoter:', ...notes);
  lines.push(`Underlag för effektfrågor: ${template.basisOptions.join(', ')}`);
  lines.push(`Underskrift: ${template.signature.map((s) => s.label).join(', ')}`);
  if (notRead.length > 0) lines.push(`Lästes inte (${notRead.length}):`, ...notRead.map((line) => `  - ${line}`));
  return lines;
}
