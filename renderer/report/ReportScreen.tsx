import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answer, Report, Snapshot } from '../../shared/report/report-schema';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { listVersions, saveAnswers } from '../db/answers-repo';
import { useDb } from '../db/DbProvider';
import { addImage } from '../db/images-repo';
import { getReport, listAnswers } from '../db/reports-repo';
import { useI18n } from '../i18n/I18nProvider';
import { AutosaveQueue, type SaveStatus } from './autosave-queue';
import { HistoryPanel } from './HistoryPanel';
import { NavigationPane } from './NavigationPane';
import { QuestionBlock, type AnswerHandle, type AnswerSummary } from './QuestionBlock';
import { ReportHeader, SignatureBlock } from './ReportFields';
import { SaveIndicator } from './SaveIndicator';

interface Loaded {
  report: Report;
  answers: Answer[];
  versions: Snapshot[];
}

function ReportDocument({ loaded, template, onHome }: { loaded: Loaded; template: Template; onHome: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  const { report } = loaded;
  const fields = useMemo(() => listAnswerFields(template), [template]);
  const answers = useMemo(() => new Map(loaded.answers.map((a) => [a.questionId, a])), [loaded.answers]);
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: null });
  const [summaries, setSummaries] = useState<Record<string, AnswerSummary>>({});
  const [activeId, setActiveId] = useState<string>();
  const [historyFor, setHistoryFor] = useState<string>();
  const handles = useRef(new Map<string, AnswerHandle>());

  const queue = useMemo(
    () =>
      new AutosaveQueue({
        reportId: report.id,
        save: (list, snapshots, at, touchReport) => saveAnswers(db, report.id, list, snapshots, at, { touchReport }),
        now: appDeps.now,
        onStatus: setStatus,
        initial: loaded.answers,
        latestVersions: loaded.versions,
      }),
    [db, report.id, loaded],
  );
  useEffect(() => {
    queue.start();
    const flush = () => void queue.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void queue.flush().finally(() => queue.dispose());
    };
  }, [queue]);

  const onSummary = useCallback((id: string, summary: AnswerSummary) => setSummaries((all) => (all[id]?.empty === summary.empty && all[id]?.status === summary.status ? all : { ...all, [id]: summary })), []);
  const onHandle = useCallback((id: string, handle: AnswerHandle | null) => (handle ? handles.current.set(id, handle) : handles.current.delete(id)), []);
  const getHandle = useCallback((id: string) => handles.current.get(id), []);
  const onError = useCallback((message: string) => notify(message, { kind: 'error' }), [notify]);
  const storeImage = useCallback((blob: Blob, name: string) => addImage(db, report.id, blob, name, appDeps), [db, report.id]);

  return (
    <div className="report-screen">
      <div className="report-bar">
        <button type="button" onClick={() => void queue.flush().then(onHome)}>
          ← {t('backToReports')}
        </button>
        <span className="report-bar-title">
          {report.title} · {report.organisation}
        </span>
        <SaveIndicator status={status} />
      </div>
      <div className={`report-layout${historyFor ? ' with-history' : ''}`}>
        <NavigationPane template={template} fields={fields} summaries={summaries} />
        <article className="document" aria-label={t('documentLabel')}>
          <ReportHeader report={report} template={template} onError={onError} />
          {template.sections.map((section) => (
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
                    .filter((field) => field.id === item.id || (item.type === 'group' && item.parts.some((p) => p.id === field.id)))
                    .map((field) => (
                      <QuestionBlock
                        key={field.id}
                        field={field}
                        answer={answers.get(field.id)!}
                        basisOptions={template.basisOptions}
                        queue={queue}
                        active={activeId === field.id}
                        onActivate={setActiveId}
                        onSummary={onSummary}
                        onHandle={onHandle}
                        onShowHistory={setHistoryFor}
                        storeImage={storeImage}
                        onError={onError}
                      />
                    ))}
                </div>
              ))}
            </section>
          ))}
          <SignatureBlock report={report} template={template} onError={onError} />
        </article>
        {historyFor && (
          <HistoryPanel
            key={historyFor}
            reportId={report.id}
            questionId={historyFor}
            queue={queue}
            getHandle={getHandle}
            savedAt={status.state === 'saved' ? status.at : null}
            onClose={() => setHistoryFor(undefined)}
          />
        )}
      </div>
    </div>
  );
}

/** Opens a report: loads it, checks it has a template and all its answers, then shows the document. */
export function ReportScreen({ reportId, templates, onHome }: { reportId: string; templates: Template[]; onHome: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const load = useCallback(async (): Promise<Loaded | null> => {
    const report = await getReport(db, reportId);
    if (!report || report.deletedAt) return null;
    const answers = await listAnswers(db, reportId);
    const versions = (await Promise.all(answers.map((a) => listVersions(db, reportId, a.questionId)))).flatMap((list) => list.slice(0, 1));
    return { report, answers, versions };
  }, [db, reportId]);
  const { value, error } = useLoaded(load);
  if (error !== undefined) {
    return (
      <p role="alert" className="error">
        {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  if (value === undefined) return <p role="status">{t('loading')}</p>;
  if (value === null) return <p role="alert">{t('reportMissing')}</p>;
  const template = templates.find((candidate) => candidate.id === value.report.templateId);
  if (!template) return <p role="alert">{t('templateMissing', { id: value.report.templateId })}</p>;
  const missing = listAnswerFields(template).filter((field) => !value.answers.some((a) => a.questionId === field.id));
  if (missing.length > 0) return <p role="alert">{t('answersMissing', { ids: missing.map((f) => f.id).join(', ') })}</p>;
  return <ReportDocument loaded={value} template={template} onHome={onHome} />;
}
