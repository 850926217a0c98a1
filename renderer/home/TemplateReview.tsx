import { useState } from 'react';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { withQuestionKind } from '../../shared/template/edit-template';
import type { AnswerKind, Question, Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const KINDS: [AnswerKind, MessageKey][] = [
  ['text', 'kindText'],
  ['yesno', 'kindYesno'],
  ['effect', 'kindEffect'],
];

function QuestionRow({
  question,
  footnote,
  onKind,
}: {
  question: Question;
  footnote: number | undefined;
  onKind: (kind: AnswerKind) => void;
}) {
  const { t } = useI18n();
  return (
    <li className="question">
      <span className="question-id">{question.id}</span> <span className="question-text">{question.text}</span>
      {footnote !== undefined && <sup className="footnote-mark">{footnote}</sup>}{' '}
      <label className="kind-choice">
        <span className="visually-hidden">{t('templateKindOf', { id: question.id })}</span>
        <select value={question.kind} onChange={(event) => onKind(event.target.value as AnswerKind)}>
          {KINDS.map(([kind, label]) => (
            <option key={kind} value={kind}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      {question.instruction && <p className="instruction">{question.instruction}</p>}
      {question.footnote && footnote !== undefined && (
        <p className="footnote">
          <span className="visually-hidden">{t('footnote', { number: footnote })}: </span>
          <sup aria-hidden="true">{footnote}</sup> {question.footnote}
        </p>
      )}
    </li>
  );
}

/** A template read from a Word file, shown as an outline before it is saved: each question's kind can be corrected, and what was not read is listed. */
export function TemplateReview({
  file,
  read,
  onSave,
  onCancel,
}: {
  file: string;
  read: { template: Template; notRead: string[] };
  onSave: (template: Template) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [template, setTemplate] = useState(read.template);
  const [busy, setBusy] = useState(false);
  const fields = listAnswerFields(template);
  const footnotes = new Map(fields.map((f) => [f.id, f.footnote?.number]));
  const setKind = (id: string) => (kind: AnswerKind) => setTemplate(withQuestionKind(template, id, kind));
  const row = (q: Question) => (
    <QuestionRow key={q.id} question={q} footnote={footnotes.get(q.id)} onKind={setKind(q.id)} />
  );
  const save = () => {
    setBusy(true);
    void onSave(template).finally(() => setBusy(false));
  };
  return (
    <section className="template-review card" aria-labelledby="mallgranskning-rubrik">
      <h2 id="mallgranskning-rubrik">{t('templateReviewHeading', { file })}</h2>
      <p>{t('templateReviewIntro')}</p>
      <p>
        <strong>
          {t('templateReviewSummary', {
            name: template.name,
            questions: fields.length,
            sections: template.sections.length,
          })}
        </strong>
      </p>
      {read.notRead.length > 0 ? (
        <div className="not-read">
          <p>{t('templateNotRead', { count: read.notRead.length })}</p>
          <ul>
            {read.notRead.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('templateAllRead')}</p>
      )}
      <p>{t('basisOptions', { options: template.basisOptions.join(', ') })}</p>
      <p>
        {t('headerFields')}: {template.header.map((h) => h.label).join(', ')}
      </p>
      {template.sections.map((section) => (
        <section key={section.number} className="section" aria-labelledby={`granska-avsnitt-${section.number}`}>
          <h3 id={`granska-avsnitt-${section.number}`}>
            {section.number}. {section.title}
          </h3>
          <ol className="questions">
            {section.items.map((item) =>
              item.type === 'group' ? (
                <li key={item.id} className="question-group">
                  <span className="question-id">{item.id}</span> <span className="question-text">{item.text}</span>
                  <ol className="questions">{item.parts.map(row)}</ol>
                </li>
              ) : (
                row(item)
              ),
            )}
          </ol>
        </section>
      ))}
      <p>
        {t('signatureFields')}: {template.signature.map((s) => s.label).join(', ')}
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={save}>
          {t('templateSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
