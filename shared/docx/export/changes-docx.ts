import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { diffAnswer, type UnitChange } from '../../compare/answer-diff';
import type { ChangeAuthors, ChangeAuthorship } from '../../compare/change-authors';
import type { UnitShape } from '../../compare/answer-units';
import type { BlockState, SerializedList } from '../../report/content-schema';
import type { Answer } from '../../report/report-schema';
import type { Atom } from '../../report/inline-atoms';
import { listAnswerFields, type AnswerField } from '../../template/answer-fields';
import type { Template } from '../../template/template-schema';
import { isUnanswered } from '../../report/answer-text';
import {
  BULLET_REFERENCE,
  NUMBER_REFERENCE,
  imageRun,
  revisedRun,
  textRunOptions,
  type RichTextContext,
  type RunChange,
} from './rich-text-docx';

/*
 * A comparison of two texts of an answer as Word tracked changes: each paragraph of the
 * comparison becomes a docx paragraph laid out as in the ordinary export (heading, list
 * level, numbering), its removed words as deleted runs (`w:del`) and its added words as
 * inserted runs (`w:ins`); a paragraph added or removed whole also has its paragraph
 * mark inserted or deleted, so that accepting or rejecting it leaves no empty line.
 * Each change is signed with the author and date that provenance gives its paragraph.
 */

/** What rendering changes needs beyond an ordinary export: the authors, and numbers for revisions. */
export interface ChangeContext extends RichTextContext {
  /** Who made a change and when, from the provenance of the paragraph it is in. */
  authorOf: (state: BlockState | undefined) => ChangeAuthorship;
  nextRevisionId: () => number;
  /** Numbering instance per list, so that items of one list count on. */
  listInstances: Map<SerializedList, number>;
}

function shapeOptions(shape: UnitShape, context: ChangeContext): Partial<IParagraphOptions> {
  if (shape.type === 'heading')
    return { heading: shape.tag === 'h3' ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4 };
  if (shape.type === 'paragraph' || shape.type === 'tablerow') return {};
  if (shape.listType === 'bullet')
    return { numbering: { reference: BULLET_REFERENCE, level: Math.min(shape.level, 8) } };
  let instance = context.listInstances.get(shape.list);
  if (instance === undefined) context.listInstances.set(shape.list, (instance = context.nextListInstance()));
  return { numbering: { reference: NUMBER_REFERENCE, level: Math.min(shape.level, 8), instance } };
}

function leafRun(atom: Atom, context: ChangeContext, change: RunChange | undefined): ParagraphChild {
  const leaf = atom.leaf;
  if (leaf.type === 'image') return imageRun(leaf, context, change);
  if (leaf.type === 'linebreak') return revisedRun({ break: 1 }, change);
  return revisedRun(textRunOptions(leaf, atom.link ? 'Hyperlink' : undefined), change);
}

/** Runs of atoms, consecutive atoms of one link inside that link. */
function atomRuns(atoms: readonly Atom[], context: ChangeContext, change: RunChange | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < atoms.length;) {
    const link = atoms[i]!.link;
    if (!link) {
      out.push(leafRun(atoms[i++]!, context, change));
      continue;
    }
    const children: ParagraphChild[] = [];
    for (; i < atoms.length && atoms[i]!.link === link; i++) children.push(leafRun(atoms[i]!, context, change));
    out.push(new ExternalHyperlink({ link: link.url.trim(), children }));
  }
  return out;
}

function runChange(kind: RunChange['kind'], state: BlockState | undefined, context: ChangeContext): RunChange {
  return { kind, ...context.authorOf(state), nextId: context.nextRevisionId };
}

/** The paragraphs of a comparison, the differences as tracked changes. */
export function changedParagraphs(changes: readonly UnitChange[], context: ChangeContext): Paragraph[] {
  return changes.map((change) => {
    const shape = shapeOptions(change.unit.shape, context);
    if (change.kind === 'same')
      return new Paragraph({ ...shape, children: atomRuns(change.unit.atoms, context, undefined) });
    if (change.kind === 'added' || change.kind === 'removed') {
      // A removal has no provenance of its own: the coordinator's, unless the paragraph says otherwise.
      const run = runChange(change.kind, change.kind === 'added' ? change.unit.state : undefined, context);
      const mark = { id: context.nextRevisionId(), author: run.author, date: run.date };
      return new Paragraph({
        ...shape,
        run: change.kind === 'added' ? { insertion: mark } : { deletion: mark },
        children: atomRuns(change.unit.atoms, context, run),
      });
    }
    const children = change.segments.flatMap((segment) =>
      atomRuns(
        segment.atoms,
        context,
        segment.kind === 'same' ? undefined : runChange(segment.kind, change.unit.state, context),
      ),
    );
    return new Paragraph({ ...shape, children });
  });
}

export interface DocxChanges {
  /** What the comparison is with, as the document says it: "årsrapporten 2024". */
  label: string;
  before: readonly Answer[];
  /** The earlier report's template, for the texts of questions this template lacks. */
  beforeTemplate?: Template;
  authors: ChangeAuthors;
}

/** What the export asks of a changes document, question by question. */
export interface ChangesWriter {
  /** The line under the title that says what the tracked changes are. */
  note(): Paragraph;
  /** The answer compared with its earlier text; empty when neither has any text. */
  answer(field: AnswerField, answer: Answer | undefined): Paragraph[];
  /** The earlier answer and the run changes of a changed Ja/Nej choice. */
  choice(
    field: AnswerField,
    answer: Answer | undefined,
  ): { before: Answer | undefined; added: RunChange; removed: RunChange };
  /** The questions only the earlier text has, wholly deleted. */
  removedQuestions(): Paragraph[];
}

/** The changes writer of one export: revision numbers and list numbering shared across the document. */
export function changesWriter(changes: DocxChanges, template: Template, base: RichTextContext): ChangesWriter {
  let revisionId = 0;
  const shared = { ...base, listInstances: new Map<SerializedList, number>(), nextRevisionId: () => ++revisionId };
  const before = new Map(changes.before.map((a) => [a.questionId, a]));
  const contextFor = (answer: Answer | undefined): ChangeContext => ({
    ...shared,
    authorOf: (state) => changes.authors(state, answer),
  });
  const text = (answer: Answer | undefined) =>
    answer && !isUnanswered(answer.content, template.placeholders) ? answer.content : undefined;
  const compare = (old: Answer | undefined, answer: Answer | undefined) =>
    changedParagraphs(diffAnswer(text(old), text(answer)), contextFor(answer));
  return {
    note: () =>
      new Paragraph({
        spacing: { after: 240 },
        children: [
          new TextRun({
            text: `Ändringarna sedan ${changes.label} visas som spårade ändringar, med vem som gjorde dem och när.`,
            italics: true,
          }),
        ],
      }),
    answer: (field, answer) => compare(before.get(field.id), answer),
    choice: (field, answer) => {
      const who = changes.authors(undefined, answer);
      return {
        before: before.get(field.id),
        added: { kind: 'added', ...who, nextId: shared.nextRevisionId },
        removed: { kind: 'removed', ...who, nextId: shared.nextRevisionId },
      };
    },
    removedQuestions: () => {
      const present = new Set(listAnswerFields(template).map((f) => f.id));
      const gone = changes.before.filter((a) => !present.has(a.questionId) && text(a));
      if (gone.length === 0) return [];
      const labels = new Map(
        changes.beforeTemplate ? listAnswerFields(changes.beforeTemplate).map((f) => [f.id, f.text]) : [],
      );
      const run: RunChange = {
        kind: 'removed',
        ...changes.authors(undefined, undefined),
        nextId: shared.nextRevisionId,
      };
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          children: [new TextRun('Frågor som inte finns i denna mall')],
        }),
        ...gone.flatMap((old) => [
          new Paragraph({
            keepNext: true,
            spacing: { before: 240 },
            children: [
              revisedRun(
                { text: [old.questionId, labels.get(old.questionId)].filter(Boolean).join(' '), bold: true },
                run,
              ),
            ],
          }),
          ...compare(old, undefined),
        ]),
      ];
    },
  };
}
