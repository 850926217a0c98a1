import type { AnswerKind, Question, Template } from './template-schema';

/** The template with one question's kind changed (the person's correction of what a Word file was read into). */
export function withQuestionKind(template: Template, id: string, kind: AnswerKind): Template {
  const change = (q: Question): Question => (q.id === id ? { ...q, kind } : q);
  return {
    ...template,
    sections: template.sections.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.type === 'group' ? { ...item, parts: item.parts.map(change) } : change(item),
      ),
    })),
  };
}

/** A key naming one version of a template ("resultatredovisning-2026@2"), for lists and choices. */
export function templateKey(template: Pick<Template, 'id' | 'version'>): string {
  return `${template.id}@${template.version ?? 1}`;
}
