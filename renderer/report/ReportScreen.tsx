import { useCallback, useMemo, useRef } from 'react';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import type { ReportView } from '../app/use-hash-route';
import { useLoaded } from '../app/use-loaded';
import { ContributionsView } from '../contributions/ContributionsView';
import { OrganisationView } from '../contributions/OrganisationView';
import { listLatestVersions } from '../db/answers-repo';
import { listContributionsInUse } from '../db/contributions-repo';
import type { Contribution } from '../../shared/report/organisation-schema';
import type { MergeRecord } from '../../shared/report/merge-record';
import { listDepartments } from '../db/departments-repo';
import { listMergeRecords, recordVersionKey } from '../db/merge-repo';
import { useDb } from '../db/DbProvider';
import { getReport, listAnswers } from '../db/reports-repo';
import { useI18n } from '../i18n/I18nProvider';
import { DocumentView, type DocumentApi } from '../document/DocumentView';
import { FinalView } from '../final/FinalView';
import { FinalDocument } from '../final/FinalDocument';
import { SignedBanner } from '../final/SignedBanner';
import { listSignatures } from '../db/signing-repo';
import type { Finding } from '../../shared/preflight/finding';
import { focusInDocument } from '../document/focus-in-document';
import { UnplacedPanel } from './UnplacedPanel';
import { encodeReportFile } from '../../shared/files/report-file';
import { appDeps } from '../app/deps';
import { useNotice } from '../components/Notice';
import { exportReportFile } from '../db/report-file-repo';
import { findTemplate } from '../../shared/template/find-template';
import { useHost } from '../host/HostProvider';
import { KeptAlive } from '../components/KeptAlive';
import { ReportHeader, SignatureBlock } from './ReportFields';
import { ErrorAlert } from '../components/ErrorAlert';
import { getTextSetting } from '../db/settings-repo';
import { FILE_TYPES, slug } from '../app/file-types';

/** Saves the report as a .rvrapport file (for the command line, or another computer). */
function ReportFileButton({ reportId, template }: { reportId: string; template: Template }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const { notify } = useNotice();
  const save = async () => {
    const file = await exportReportFile(db, reportId, appDeps.now(), template);
    const result = await host.saveBytes({
      title: t('saveReportFile'),
      suggestedName: `${slug(`${file.report.organisation}-${file.report.year}`)}.rvrapport`,
      filters: FILE_TYPES.report,
      bytes: encodeReportFile(file),
    });
    if (result.saved) notify(t('reportFileSaved', { file: result.fileName ?? '' }));
  };
  return (
    <button
      type="button"
      className="report-file-button"
      onClick={() => void save().catch((e: unknown) => notify(String(e), { kind: 'error' }))}
    >
      {t('saveReportFile')}
    </button>
  );
}

const VIEWS: { view: ReportView; label: 'viewDocument' | 'viewAssignments' | 'viewContributions' | 'viewFinal' }[] = [
  { view: 'dokument', label: 'viewDocument' },
  { view: 'uppdrag', label: 'viewAssignments' },
  { view: 'bidrag', label: 'viewContributions' },
  { view: 'slutdokument', label: 'viewFinal' },
];

/** The element a finding points at: the answer, a header field or a signature field. */
function findingTarget(finding: Finding): string {
  if (finding.questionId) return `svar-${finding.questionId}`;
  if (finding.field?.startsWith('signatur.')) return `underskrift-${finding.field.slice('signatur.'.length)}`;
  return `rubrikfalt-${finding.field ?? ''}`;
}

/** Opens a report: loads it, checks it has a template and all its answers, then shows the chosen view. */
export function ReportScreen(props: {
  reportId: string;
  view: ReportView;
  templates: Template[];
  onHome: () => void;
  onView: (view: ReportView) => void;
}) {
  const { reportId, view, templates, onHome, onView } = props;
  const db = useDb();
  const { t } = useI18n();
  const load = useCallback(async () => {
    const report = await getReport(db, reportId);
    if (!report || report.deletedAt) return null;
    return {
      report,
      answers: await listAnswers(db, reportId),
      versions: await listLatestVersions(db, reportId),
      signatures: await listSignatures(db, reportId),
      coordinatorName: await getTextSetting(db, 'coordinatorName'),
    };
  }, [db, reportId]);
  const { value, error, reload } = useLoaded(load);
  const documentApi = useRef<DocumentApi | null>(null);
  const flushDocument = useCallback(async () => {
    await documentApi.current?.flush();
  }, []);
  // Contributions and departments change in the other views: read them again whenever the view changes.
  // The revisions read before are kept and shared (only new ones are read), so the many reads hold one copy.
  // What was read before is shared, not read again (only new revisions and changed records are), and only the
  // revisions the merge views use are held: the many reads of a long session hold one copy of each.
  const known = useRef({
    contributions: new Map<string, Contribution | null>(),
    records: new Map<string, MergeRecord>(),
  });
  const loadMerge = useCallback(async () => {
    const records = await listMergeRecords(db, reportId, known.current.records);
    const inUse = await listContributionsInUse(db, reportId, records, known.current.contributions);
    known.current = { contributions: inUse.known, records: new Map(records.map((r) => [recordVersionKey(r), r])) };
    return { contributions: inUse.contributions, departments: await listDepartments(db, reportId), records, view };
  }, [db, reportId, view]);
  const mergeLoad = useLoaded(loadMerge);
  const mergeData = useMemo(
    () => mergeLoad.value && { ...mergeLoad.value, reload: mergeLoad.reload },
    [mergeLoad.value, mergeLoad.reload],
  );
  const coordinatorName = value?.coordinatorName;
  const review = useMemo(
    () => ({
      me: { name: coordinatorName?.trim() || 'Samordnare', departmentId: null },
      departments: new Map((mergeLoad.value?.departments ?? []).map((d) => [d.id, d.name])),
    }),
    [coordinatorName, mergeLoad.value?.departments],
  );
  if (error !== undefined) {
    return <ErrorAlert error={error} />;
  }
  if (value === undefined) return <p role="status">{t('loading')}</p>;
  if (value === null) return <p role="alert">{t('reportMissing')}</p>;
  const template = findTemplate(templates, value.report);
  if (!template) return <p role="alert">{t('templateMissing', { id: value.report.templateId })}</p>;
  const missing = listAnswerFields(template).filter((field) => !value.answers.some((a) => a.questionId === field.id));
  if (missing.length > 0)
    return <p role="alert">{t('answersMissing', { ids: missing.map((f) => f.id).join(', ') })}</p>;
  const { report } = value;
  const signed = report.status === 'signerad';
  const goTo = (finding: Finding) => {
    onView('dokument');
    // The document view is shown on the next frame; then its field can take focus.
    requestAnimationFrame(() => requestAnimationFrame(() => focusInDocument(findingTarget(finding))));
  };
  return (
    <>
      <nav className="view-tabs" aria-label={t('viewsLabel')}>
        {VIEWS.map((item) => (
          <a
            key={item.view}
            href={`#/rapport/${reportId}${item.view === 'dokument' ? '' : `/${item.view}`}`}
            aria-current={item.view === view ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onView(item.view);
            }}
          >
            {t(item.label)}
          </a>
        ))}
      </nav>
      <ReportFileButton reportId={reportId} template={template} />
      {signed && view === 'dokument' && (
        <div className="locked-document">
          <SignedBanner
            reportId={reportId}
            signature={value.signatures.find((s) => s.voidedAt === null)}
            onReopened={reload}
          />
          <FinalDocument template={template} report={report} answers={value.answers} />
        </div>
      )}
      {/* The document stays mounted (out of the page) under the other views, so its editors and autosave are never torn
          down mid-save. A signed report is locked: its editors are not mounted at all, so nothing can change it. */}
      <KeptAlive shown={view === 'dokument'}>
        {!signed && <UnplacedPanel reportId={reportId} />}
        {!signed && (
          <DocumentView
            apiRef={documentApi}
            data={{ ownerId: report.id, answers: value.answers, versions: value.versions }}
            template={template}
            title={`${report.title} · ${report.organisation}`}
            touchOwner
            onHome={onHome}
            merge={mergeData}
            review={review}
            renderHeader={({ onError }) => <ReportHeader report={report} template={template} onError={onError} />}
            renderFooter={({ onError }) => <SignatureBlock report={report} template={template} onError={onError} />}
          />
        )}
      </KeptAlive>
      {view === 'uppdrag' && <OrganisationView report={report} template={template} />}
      {view === 'bidrag' && <ContributionsView report={report} template={template} />}
      {view === 'slutdokument' && (
        <FinalView reportId={reportId} template={template} flush={flushDocument} onGo={goTo} onChanged={reload} />
      )}
    </>
  );
}
