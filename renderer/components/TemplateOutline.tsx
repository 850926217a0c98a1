import type { ReactNode } from 'react';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { AnswerKind, Question, Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const KIND_LABEL: Record<AnswerKind, MessageKey> = { text: 'kindText', effect: 'kindEffect', yesno: 'kindYesno' };

/** Shown after a question instead of its kind (the review of a template read from Word puts a choice there). */
export type KindControl = (question: Question) => ReactNode;

function QuestionItem({
  question,
  footnoteNumber,
  kindControl,
}: {
  question: Question;
  footnoteNumber: number | undefined;
  kindControl: KindControl | undefined;
}) {
  const { t } = useI18n();
  return (
    <li className="question" id={`fraga-${question.id}`}>
      <span className="question-id">{question.id}</span> <span className="question-text">{question.text}</span>
      {footnoteNumber !== undefined && <sup className="footnote-mark">{footnoteNumber}</sup>}{' '}
      {kindControl ? (
        kindControl(question)
      ) : (
        <span className={`kind kind-${question.kind}`}>{t(KIND_LABEL[question.kind])}</span>
      )}
      {question.instruction && <p className="instruction">{question.instruction}</p>}
      {question.footnote && footnoteNumber !== undefined && (
        <p className="footnote">
          <span className="visually-hidden">{t('footnote', { number: footnoteNumber })}: </span>
          <sup aria-hidden="true">{footnoteNumber}</sup> {question.footnote}
        </p>
      )}
    </li>
  );
}

/** The template: header fields, sections with their questions (each with its kind, or `kindControl`), and the signature block. */
export function TemplateOutline({ template, kindControl }: { template: Template; kindControl?: KindControl }) {
  const { t } = useI18n();
  const footnotes = new Map(listAnswerFields(template).map((field) => [field.id, field.footnote?.number]));
  return (
    <article className="template-outline" aria-label={t('outlineLabel')}>
      <h2>
        {template.title} {template.year}
      </h2>
      <p>{t('basisOptions', { options: template.basisOptions.join(', ') })}</p>
      <h3>{t('headerFields')}</h3>
      <ul className="field-list">
        {template.header.map((field) => (
          <li key={field.id}>{field.label}</li>
        ))}
      </ul>
      {template.sections.map((section) => (
        <section key={section.number} aria-labelledby={`avsnitt-${section.number}`} className="section">
          <h3 id={`avsnitt-${section.number}`}>
            {section.number}. {section.title}
          </h3>
          <ol className="questions">
            {section.items.map((item) =>
              item.type === 'group' ? (
                <li key={item.id} className="question-group">
                  <span className="question-id">{item.id}</span> <span className="question-text">{item.text}</span>
                  <ol className="questions">
                    {item.parts.map((part) => (
                      <QuestionItem
                        key={part.id}
                        question={part}
                        footnoteNumber={footnotes.get(part.id)}
                        kindControl={kindControl}
                      />
                    ))}
                  </ol>
                </li>
              ) : (
                <QuestionItem
                  key={item.id}
                  question={item}
                  footnoteNumber={footnotes.get(item.id)}
                  kindControl={kindControl}
                />
              ),
            )}
          </ol>
        </section>
      ))}
      <h3>{t('signatureFields')}</h3>
      <ul className="field-list">
        {template.signature.map((field) => (
          <li key={field.id}>{field.label}</li>
        ))}
      </ul>
    </article>
  );
}
