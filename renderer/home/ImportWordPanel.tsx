import { useState } from 'react';
import { importDocxReport, type DocxImportResult } from '../../shared/docx/import/read-report';
import { reportFromImport } from '../../shared/docx/import/report-records';
import { richTextToPlain } from '../../shared/report/rich-text-plain';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import { templateKey } from '../../shared/template/edit-template';
import { appDeps } from '../app/deps';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { addImportedReport } from '../db/word-import-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { FILE_TYPES } from '../app/file-types';
import { useItDefaults } from '../app/it-defaults';
import { TemplateSelect } from '../templates/TemplateSelect';

/** "Importera Word-rapport": read a .docx, show what was found, then create the report on request. */
export function ImportWordPanel({
  templates,
  onCreated,
  onCancel,
}: {
  templates: readonly Template[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  const itDefaults = useItDefaults();
  const [chosen, setChosen] = useState(templateKey(templates[0]!));
  const template = templates.find((candidate) => templateKey(candidate) === chosen) ?? templates[0]!;
  const [read, setRead] = useState<{
    file: string;
    bytes: Uint8Array;
    result: DocxImportResult;
    questionLines: ReadonlyMap<string, string>;
  }>();
  const [error, setError] = useState<string>();
  const total = listAnswerFields(template).length;

  const readWith = (on: Template, file: { name: string; bytes: Uint8Array }) => {
    setError(undefined);
    try {
      let used = on;
      let result = importDocxReport(file.bytes, file.name, used, appDeps.newId);
      // A report of another year is read on that year's template when this computer has it, not on the newest.
      const ofItsYear =
        result.year !== used.year ? templates.find((candidate) => candidate.year === result.year) : undefined;
      if (ofItsYear) {
        used = ofItsYear;
        result = importDocxReport(file.bytes, file.name, used, appDeps.newId);
      }
      setChosen(templateKey(used));
      setRead({ file: file.name, bytes: file.bytes, result, questionLines: new Map() });
    } catch (failure) {
      setRead(undefined);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const choose = async () => {
    const [file] = await host.openFile({ title: t('importWordTitle'), filters: FILE_TYPES.word, multiple: false });
    if (file) readWith(template, file);
  };
  const switchTemplate = (key: string) => {
    setChosen(key);
    const next = templates.find((candidate) => templateKey(candidate) === key);
    if (next && read) {
      try {
        setRead({
          ...read,
          questionLines: new Map(),
          result: importDocxReport(read.bytes, read.file, next, appDeps.newId),
        });
        setError(undefined);
      } catch (failure) {
        setRead(undefined);
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    }
  };
  const create = async () => {
    if (!read) return;
    const records = reportFromImport(template, read.result, read.file.replace(/\.docx$/i, ''), appDeps);
    const id = await addImportedReport(db, records, read.result.unplaced, read.file, appDeps, itDefaults?.departments);
    notify(t('importCreated', { file: read.file }));
    onCreated(id);
  };
  // A line the person says is a question: read the file again with it placed.
  const placeAsQuestion = (text: string, questionId: string) => {
    if (!read) return;
    const questionLines = new Map(read.questionLines).set(text, questionId);
    setRead({
      ...read,
      questionLines,
      result: importDocxReport(read.bytes, read.file, template, appDeps.newId, { questionLines }),
    });
    notify(t('importPlaced', { id: questionId }));
  };
  const copyUnplaced = async () => {
    await navigator.clipboard.writeText(read?.result.unplaced.join('\n\n') ?? '');
    notify(t('importCopied'));
  };

  return (
    <section className="import-word card" aria-labelledby="importera-rubrik">
      <h2 id="importera-rubrik">{read ? t('importHeading', { file: read.file }) : t('importWord')}</h2>
      <div className="actions">
        <button type="button" onClick={() => void choose()}>
          {t('importWordTitle')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {templates.length > 1 && (
        <label>
          {t('newReportTemplate')} <TemplateSelect templates={templates} value={chosen} onChange={switchTemplate} />
        </label>
      )}
      <ErrorAlert error={error} />
      {read && (
        <div className="import-summary" role="status">
          <p>{t('importMeta', { organisation: read.result.organisation || '–', year: read.result.year })}</p>
          <p>{t('importFound', { found: read.result.found.length, total })}</p>
          <p>
            {read.result.missing.length > 0
              ? t('importMissing', { ids: read.result.missing.join(', ') })
              : t('importAllFound')}
          </p>
          {read.result.droppedImages.length > 0 && (
            <ul className="import-dropped" aria-label={t('importDroppedImages')}>
              {read.result.droppedImages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {read.result.probable.length > 0 && (
            <ul className="import-probable" aria-label={t('importProbableHeading')}>
              {read.result.probable.map((p) => (
                <li key={p.text}>
                  {t('importProbable', { text: p.text, id: p.questionId, percent: Math.round(p.similarity * 100) })}{' '}
                  <button type="button" onClick={() => placeAsQuestion(p.text, p.questionId)}>
                    {t('importPlaceAs', { id: p.questionId })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>{t('importPreview')}</summary>
            <dl className="import-preview">
              {read.result.answers.map((answer) => (
                <div key={answer.questionId}>
                  <dt>{t('importPreviewAnswer', { id: answer.questionId })}</dt>
                  <dd>{richTextToPlain(answer.content).slice(0, 200) || t('importEmpty')}</dd>
                </div>
              ))}
            </dl>
          </details>
          {read.result.unplaced.length > 0 && (
            <div className="import-unplaced">
              <h3>{t('importUnplacedHeading', { count: read.result.unplaced.length })}</h3>
              <p>{t('importUnplacedIntro')}</p>
              <textarea
                readOnly
                rows={5}
                aria-label={t('importUnplacedHeading', { count: read.result.unplaced.length })}
                value={read.result.unplaced.join('\n\n')}
              />
              <button
                type="button"
                onClick={() => void copyUnplaced().catch((e: unknown) => notify(String(e), { kind: 'error' }))}
              >
                {t('importCopyUnplaced')}
              </button>
            </div>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => void create().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))}
          >
            {t('importCreate')}
          </button>
        </div>
      )}
    </section>
  );
}
