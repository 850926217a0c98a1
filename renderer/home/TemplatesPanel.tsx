import { useState } from 'react';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { TemplateOutline } from '../components/TemplateOutline';
import { useI18n } from '../i18n/I18nProvider';
import type { LoadedTemplates } from '../templates/bundled-templates';

/** The templates on this computer, and the chosen one's outline. */
export function TemplatesPanel({ loaded }: { loaded: LoadedTemplates }) {
  const { t } = useI18n();
  const [selectedId, setSelectedId] = useState(loaded.templates[0]?.id);
  const selected = loaded.templates.find((template) => template.id === selectedId);
  return (
    <section className="templates" aria-labelledby="mallar-rubrik">
      <div className="template-list">
        <h2 id="mallar-rubrik">{t('templatesHeading')}</h2>
        <p>{t('templatesIntro')}</p>
        {loaded.templates.length === 0 && <p>{t('noTemplates')}</p>}
        <ul>
          {loaded.templates.map((template) => (
            <li key={template.id}>
              <button type="button" aria-pressed={template.id === selectedId} onClick={() => setSelectedId(template.id)}>
                <span className="template-name">{template.name}</span>
                <span className="template-meta">
                  {t('templateYear', { year: template.year })} ·{' '}
                  {t('templateCounts', { sections: template.sections.length, questions: listAnswerFields(template).length })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {loaded.errors.length > 0 && (
          <div role="alert" className="error">
            <p>{t('templateErrors')}</p>
            <ul>
              {loaded.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {selected && <TemplateOutline template={selected} />}
    </section>
  );
}
