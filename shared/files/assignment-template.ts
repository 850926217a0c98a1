import type { Question, Section, Template } from '../template/template-schema';
import type { AssignmentFile } from './exchange-files';

/*
 * A department's contribution workspace shows only its assigned questions. This turns
 * the assignment file back into a (partial) template, so the same document view,
 * editors and autosave serve both the coordinator and the department.
 */

/** A template holding only the assigned questions, grouped in their sections as in the full template. */
export function templateFromAssignment(file: AssignmentFile): Template {
  const sections: Section[] = [];
  for (const question of file.questions) {
    let section = sections.find((s) => s.number === question.sectionNumber);
    if (!section) {
      section = { number: question.sectionNumber, title: question.sectionTitle, items: [] };
      sections.push(section);
    }
    const item: Question = {
      type: 'question',
      id: question.id,
      kind: question.kind,
      text: question.text,
      ...(question.footnote !== undefined && { footnote: question.footnote }),
      ...(question.instruction !== undefined && { instruction: question.instruction }),
    };
    if (question.groupText !== undefined) {
      const groupId = question.id.replace(/[a-z]$/, '');
      const group = section.items.find((i) => i.type === 'group' && i.id === groupId);
      if (group && group.type === 'group') group.parts.push(item);
      else section.items.push({ type: 'group', id: groupId, text: question.groupText, parts: [item] });
    } else {
      section.items.push(item);
    }
  }
  return {
    formatVersion: 1,
    id: file.report.templateId,
    name: file.report.title,
    title: file.report.title,
    year: file.report.year,
    language: 'sv',
    issuers: [],
    placeholders: [],
    basisOptions: file.basisOptions.length > 0 ? file.basisOptions : ['uppföljning'],
    header: [{ id: 'namn', label: 'Namn', multiline: false }],
    sections,
    signature: [{ id: 'namn', label: 'Namn' }],
  };
}
