import { focusInDocument } from './focus-in-document';
import type { Template } from '../../shared/template/template-schema';
import type { AnswerField } from '../../shared/template/answer-fields';
import { useI18n } from '../i18n/I18nProvider';
import type { AnswerSummary } from './QuestionBlock';

type Mark = 'tom' | 'utkast' | 'klar';

/** tom when there is nothing in the answer, else the status the writer set. */
export function answerMark(summary: AnswerSummary | undefined): Mark {
  if (!summary || summary.empty) return summary?.status === 'klar' ? 'klar' : 'tom';
  return summary.status;
}

/** Sections and questions with a status mark each, links that jump to them, and the progress bar. */
export function NavigationPane({
  template,
  fields,
  summaries,
  waiting,
  comments,
  changedWords,
}: {
  template: Template;
  fields: AnswerField[];
  summaries: Record<string, AnswerSummary>;
  waiting?: ReadonlyMap<string, number>;
  comments?: ReadonlyMap<string, number>;
  changedWords?: ReadonlyMap<string, number>;
}) {
  const { t } = useI18n();
  const done = fields.filter((field) => answerMark(summaries[field.id]) === 'klar').length;
  return (
    <nav className="report-nav" aria-label={t('navLabel')}>
      <p id="framsteg-text" className="progress-text">
        {t('progress', { done, total: fields.length })}
      </p>
      <progress max={fields.length} value={done} aria-labelledby="framsteg-text" />
      <ol className="nav-sections">
        {template.sections.map((section) => (
          <li key={section.number}>
            <a href={`#avsnitt-${section.number}`} onClick={(event) => jump(event, `avsnitt-${section.number}`)}>
              {section.number}. {section.title}
            </a>
            <ol className="nav-questions">
              {fields
                .filter((field) => field.sectionNumber === section.number)
                .map((field) => {
                  const mark = answerMark(summaries[field.id]);
                  const conflicts = summaries[field.id]?.conflicts ?? 0;
                  const pending = waiting?.get(field.id) ?? 0;
                  const open = comments?.get(field.id) ?? 0;
                  const changed = changedWords?.get(field.id);
                  return (
                    <li key={field.id}>
                      <a href={`#svar-${field.id}`} onClick={(event) => jump(event, `svar-${field.id}`)}>
                        <span className="nav-id">{field.id}</span>
                        <span className={`mark mark-${mark}`}>{t(`mark_${mark}`)}</span>
                        {pending > 0 && (
                          <span className="nav-badge nav-waiting">{t('navWaiting', { count: pending })}</span>
                        )}
                        {conflicts > 0 && (
                          <span className="nav-badge nav-conflicts">{t('navConflicts', { count: conflicts })}</span>
                        )}
                        {open > 0 && (
                          <span className="nav-badge nav-comments">{t('navComments', { count: open })}</span>
                        )}
                        {changed !== undefined && changed > 0 && (
                          <span className="nav-badge nav-changed">{t('navChangedWords', { count: changed })}</span>
                        )}
                      </a>
                    </li>
                  );
                })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// The hash holds the route (#/rapport/…), so jumping scrolls and moves focus instead of navigating.
function jump(event: React.MouseEvent, id: string): void {
  event.preventDefault();
  focusInDocument(id);
}
