import type { AnswerField } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import type { Answer } from '../../shared/report/report-schema';
import type { QuestionComparison } from '../compare/use-comparison';
import type { AnswerHandle } from '../editor/answer-handle';
import type { StoreImage } from '../editor/plugins/PastePlugin';
import type { AutosaveQueue } from './autosave-queue';
import { QuestionBlock, type AnswerSummary } from './QuestionBlock';

/** What every question block of the document is given. */
export interface SectionsContext {
  answers: ReadonlyMap<string, Answer>;
  queue: AutosaveQueue;
  activeId: string | undefined;
  onActivate: (id: string) => void;
  onSummary: (id: string, summary: AnswerSummary) => void;
  onHandle: (id: string, handle: AnswerHandle | null) => void;
  onShowHistory: (id: string) => void;
  onShowMerge: (id: string) => void;
  contributionCounts: ReadonlyMap<string, Set<string>>;
  storeImage: StoreImage;
  onError: (message: string) => void;
  comparison: ReadonlyMap<string, QuestionComparison>;
}

/** The template's sections, each question (and each part of a group) with its answer's block. */
export function DocumentSections({
  template,
  fields,
  ctx,
}: {
  template: Template;
  fields: AnswerField[];
  ctx: SectionsContext;
}) {
  return template.sections.map((section) => (
    <section key={section.number} className="doc-section" aria-labelledby={`avsnitt-${section.number}`}>
      <h2 id={`avsnitt-${section.number}`} tabIndex={-1}>
        {section.number}. {section.title}
      </h2>
      {section.items.map((item) => (
        <div key={item.id}>
          {item.type === 'group' && (
            <p className="group-text">
              <span className="question-id">{item.id}</span> {item.text}
            </p>
          )}
          {fields
            .filter(
              (field) => field.id === item.id || (item.type === 'group' && item.parts.some((p) => p.id === field.id)),
            )
            .map((field) => (
              <QuestionBlock
                key={field.id}
                field={field}
                answer={ctx.answers.get(field.id)!}
                basisOptions={template.basisOptions}
                queue={ctx.queue}
                active={ctx.activeId === field.id}
                onActivate={ctx.onActivate}
                onSummary={ctx.onSummary}
                onHandle={ctx.onHandle}
                onShowHistory={ctx.onShowHistory}
                contributionCount={ctx.contributionCounts.get(field.id)?.size ?? 0}
                onShowMerge={ctx.onShowMerge}
                storeImage={ctx.storeImage}
                onError={ctx.onError}
                comparison={ctx.comparison.get(field.id)}
              />
            ))}
        </div>
      ))}
    </section>
  ));
}
