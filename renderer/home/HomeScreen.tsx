import { useCallback, useState } from 'react';
import { useDb } from '../db/DbProvider';
import { listReports, listTrash } from '../db/reports-repo';
import { useLoaded } from '../app/use-loaded';
import { useI18n } from '../i18n/I18nProvider';
import type { LoadedTemplates } from '../../shared/template/bundled-templates';
import { BackupPanel } from './BackupPanel';
import { ContributionImportPanel } from './ContributionImportPanel';
import { KeysPanel } from './KeysPanel';
import { VerifyForm } from '../final/VerifyForm';
import { ImportWordPanel } from './ImportWordPanel';
import { NewReportForm } from './NewReportForm';
import { RollForwardForm } from './RollForwardForm';
import { ReportList } from './ReportList';
import { TemplatesPanel } from './TemplatesPanel';
import { TrashList } from './TrashList';
import { WorkspaceList } from './WorkspaceList';
import { listWorkspaces } from '../db/workspaces-repo';
import { ErrorAlert } from '../components/ErrorAlert';

/** The first screen: the reports on this computer, a new report, the trash, backups and templates. */
export function HomeScreen({
  templates,
  onOpen,
  onOpenWorkspace,
}: {
  templates: LoadedTemplates;
  onOpen: (id: string) => void;
  onOpenWorkspace: (id: string) => void;
}) {
  const db = useDb();
  const { t } = useI18n();
  const [mode, setMode] = useState<'new' | 'import' | 'roll-forward' | null>(null);
  const importTemplate = templates.templates[0];
  const load = useCallback(
    async () => ({ reports: await listReports(db), trash: await listTrash(db), workspaces: await listWorkspaces(db) }),
    [db],
  );
  const { value, error, reload } = useLoaded(load);
  return (
    <div className="home">
      <div className="home-head">
        <h1>{t('reportsHeading')}</h1>
        {mode === null && (
          <div className="actions">
            <button type="button" className="primary" onClick={() => setMode('new')}>
              {t('newReport')}
            </button>
            <button type="button" onClick={() => setMode('roll-forward')}>
              {t('rollForward')}
            </button>
            {importTemplate && (
              <button type="button" onClick={() => setMode('import')}>
                {t('importWord')}
              </button>
            )}
          </div>
        )}
      </div>
      {mode === 'new' && (
        <NewReportForm templates={templates.templates} onCreated={onOpen} onCancel={() => setMode(null)} />
      )}
      {mode === 'import' && importTemplate && (
        <ImportWordPanel templates={templates.templates} onCreated={onOpen} onCancel={() => setMode(null)} />
      )}
      {mode === 'roll-forward' && value && (
        <RollForwardForm
          reports={value.reports}
          templates={templates.templates}
          onCreated={onOpen}
          onCancel={() => setMode(null)}
        />
      )}
      <ErrorAlert error={error} />
      {value && <ReportList reports={value.reports} onOpen={onOpen} onChanged={reload} />}
      {value && <TrashList reports={value.trash} onChanged={reload} />}
      {value && <WorkspaceList workspaces={value.workspaces} onOpen={onOpenWorkspace} />}
      <ContributionImportPanel onImported={reload} />
      <section className="card">
        <VerifyForm />
      </section>
      <KeysPanel />
      <BackupPanel onRestored={reload} />
      <TemplatesPanel />
    </div>
  );
}
