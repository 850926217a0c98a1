import { useCallback, useState } from 'react';
import { useDb } from '../db/DbProvider';
import { listReports, listTrash } from '../db/reports-repo';
import { useLoaded } from '../app/use-loaded';
import { useI18n } from '../i18n/I18nProvider';
import type { LoadedTemplates } from '../templates/bundled-templates';
import { BackupPanel } from './BackupPanel';
import { NewReportForm } from './NewReportForm';
import { ReportList } from './ReportList';
import { TemplatesPanel } from './TemplatesPanel';
import { TrashList } from './TrashList';
import { WorkspaceList } from './WorkspaceList';
import { listWorkspaces } from '../db/workspaces-repo';

/** The first screen: the reports on this computer, a new report, the trash, backups and templates. */
export function HomeScreen({ templates, onOpen, onOpenWorkspace }: { templates: LoadedTemplates; onOpen: (id: string) => void; onOpenWorkspace: (id: string) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const load = useCallback(async () => ({ reports: await listReports(db), trash: await listTrash(db), workspaces: await listWorkspaces(db) }), [db]);
  const { value, error, reload } = useLoaded(load);
  return (
    <div className="home">
      <div className="home-head">
        <h1>{t('reportsHeading')}</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('newReport')}
          </button>
        )}
      </div>
      {creating && <NewReportForm templates={templates.templates} onCreated={onOpen} onCancel={() => setCreating(false)} />}
      {error !== undefined && (
        <p role="alert" className="error">
          {error instanceof Error ? error.message : String(error)}
        </p>
      )}
      {value && <ReportList reports={value.reports} onOpen={onOpen} onChanged={reload} />}
      {value && <TrashList reports={value.trash} onChanged={reload} />}
      {value && <WorkspaceList workspaces={value.workspaces} onOpen={onOpenWorkspace} />}
      <BackupPanel onRestored={reload} />
      <TemplatesPanel loaded={templates} />
    </div>
  );
}
