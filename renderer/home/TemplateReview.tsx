import { useState } from 'react';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { withQuestionKind } from '../../shared/template/edit-template';
import type { AnswerKind, Question, Template } from '../../shared/template/template-schema';
import { TemplateOutline } from '../components/TemplateOutline';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const KINDS: [AnswerKind, MessageKey][] = [
  ['text', 'kindText'],
  ['yesno', 'kindYesno'],
  ['effect', 'kindEffect'],
];

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
  const kindChoice = (question: Question) => (
    <label className="kind-choice">
      <span className="visually-hidden">{t('templateKindOf', { id: question.id })}</span>
      <select
        value={question.kind}
        onChange={(event) => setTemplate(withQuestionKind(template, question.id, event.target.value as AnswerKind))}
      >
        {KINDS.map(([kind, label]) => (
          <option key={kind} value={kind}>
            {t(label)}
          </option>
        ))}
      </select>
    </label>
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
            questions: listAnswerFields(template).length,
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
      <TemplateOutline template={template} kindControl={kindChoice} />
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
