import { useState } from 'react';
import { readTemplateDocx } from '../../shared/docx/import/read-template';
import { parseJsonFile } from '../../shared/files/json-file';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { templateKey } from '../../shared/template/edit-template';
import { parseTemplate } from '../../shared/template/parse-template';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotice } from '../components/Notice';
import { TemplateOutline } from '../components/TemplateOutline';
import { useDb } from '../db/DbProvider';
import { saveTemplate } from '../db/templates-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useTemplates } from '../templates/TemplatesProvider';
import { TemplateReview } from './TemplateReview';
import { FILE_TYPES } from '../app/file-types';

/** Largest template file read (the 2025 template is 8 kB). */
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** The templates on this computer and the chosen one's outline; a new one from the government's Word file or a shared template file, checked before it is saved. */
export function TemplatesPanel() {
  const { t } = useI18n();
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  const { templates, errors, bundled, reload } = useTemplates();
  const [selectedKey, setSelectedKey] = useState(templates[0] && templateKey(templates[0]));
  const [draft, setDraft] = useState<{ file: string; read: { template: Template; notRead: string[] } }>();
  const [error, setError] = useState<string>();
  const selected = templates.find((template) => templateKey(template) === selectedKey);

  const open = async (
    filters: typeof FILE_TYPES.word,
    title: string,
    read: (bytes: Uint8Array, name: string) => { template: Template; notRead: string[] },
  ) => {
    setError(undefined);
    const [file] = await host.openFile({ title, filters, multiple: false });
    if (!file) return;
    try {
      setDraft({ file: file.name, read: read(file.bytes, file.name) });
    } catch (failure) {
      setDraft(undefined);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  // What the Word file does not say (header field ids, issuers) comes from the newest template here.
  const fromWord = () =>
    open(FILE_TYPES.word, t('templateFromWordTitle'), (bytes, name) => readTemplateDocx(bytes, name, templates[0]));
  const fromFile = () =>
    open(FILE_TYPES.template, t('templateOpenFileTitle'), (bytes, name) => ({
      template: parseTemplate(parseJsonFile(bytes, name, MAX_TEMPLATE_BYTES), name),
      notRead: [],
    }));

  const save = async (template: Template) => {
    try {
      const placed = await saveTemplate(db, template, draft?.file ?? '', bundled, appDeps.now());
      await reload();
      setSelectedKey(templateKey(placed.template));
      setDraft(undefined);
      const name = placed.template.name;
      notify(
        placed.kind === 'known'
          ? t('templateKnown', { name })
          : placed.template.version
            ? t('templateSavedVersion', { name, version: placed.template.version })
            : t('templateSaved', { name }),
      );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const exportSelected = async () => {
    if (!selected) return;
    const suggestedName = `${selected.id}${selected.version ? `-v${selected.version}` : ''}.json`;
    const result = await host.saveBytes({
      title: t('templateExport'),
      suggestedName,
      filters: FILE_TYPES.template,
      bytes: new TextEncoder().encode(`${JSON.stringify(selected, null, 2)}\n`),
    });
    if (result.saved) notify(t('templateExported', { file: result.fileName ?? suggestedName }));
  };

  return (
    <section className="templates" aria-labelledby="mallar-rubrik">
      <div className="template-list">
        <h2 id="mallar-rubrik">{t('templatesHeading')}</h2>
        <p>{t('templatesIntro')}</p>
        <div className="actions">
          <button type="button" onClick={() => void fromWord()}>
            {t('templateFromWord')}
          </button>
          <button type="button" onClick={() => void fromFile()}>
            {t('templateOpenFile')}
          </button>
        </div>
        <ErrorAlert error={error} />
        {templates.length === 0 && <p>{t('noTemplates')}</p>}
        <ul>
          {templates.map((template) => (
            <li key={templateKey(template)}>
              <button
                type="button"
                aria-pressed={templateKey(template) === selectedKey}
                onClick={() => setSelectedKey(templateKey(template))}
              >
                <span className="template-name">
                  {template.name}
                  {template.version ? ` (${t('templateVersion', { version: template.version })})` : ''}
                </span>
                <span className="template-meta">
                  {t('templateYear', { year: template.year })} ·{' '}
                  {t('templateCounts', {
                    sections: template.sections.length,
                    questions: listAnswerFields(template).length,
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {selected && !draft && (
          <button type="button" onClick={() => void exportSelected()}>
            {t('templateExport')}
          </button>
        )}
        {errors.length > 0 && (
          <div role="alert" className="error">
            <p>{t('templateErrors')}</p>
            <ul>
              {errors.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {draft ? (
        <TemplateReview
          key={draft.file}
          file={draft.file}
          read={draft.read}
          onSave={save}
          onCancel={() => setDraft(undefined)}
        />
      ) : (
        selected && <TemplateOutline template={selected} />
      )}
    </section>
  );
}
