import { readAssignmentFile } from '../../shared/files/exchange-files';
import { useTemplates } from '../templates/TemplatesProvider';
import type { Workspace } from '../../shared/files/workspace-schema';
import { appDeps } from '../app/deps';
import { FILE_TYPES } from '../app/file-types';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { openAssignment } from '../db/workspaces-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';

/** "Bidrag att skriva": contribution workspaces made from assignment files, and opening a new one. */
export function WorkspaceList({ workspaces, onOpen }: { workspaces: Workspace[]; onOpen: (id: string) => void }) {
  const db = useDb();
  const { templates } = useTemplates();
  const host = useHost();
  const { t } = useI18n();
  const { notify } = useNotice();
  const open = async () => {
    const [file] = await host.openFile({ title: t('openAssignment'), filters: FILE_TYPES.assignment, multiple: false });
    if (!file) return;
    const assignment = await readAssignmentFile(file.bytes, file.name, templates);
    const { workspace, created } = await openAssignment(db, assignment, appDeps);
    if (!created) notify(t('assignmentReopened', { department: assignment.department.name }));
    onOpen(workspace.id);
  };
  return (
    <section className="card" aria-labelledby="bidrag-rubrik">
      <div className="home-head">
        <h2 id="bidrag-rubrik">{t('workspacesHeading')}</h2>
        <button
          type="button"
          onClick={() =>
            void open().catch((error: unknown) =>
              notify(error instanceof Error ? error.message : String(error), { kind: 'error', ms: 15_000 }),
            )
          }
        >
          {t('openAssignment')}
        </button>
      </div>
      {workspaces.length === 0 ? (
        <p>{t('noWorkspaces')}</p>
      ) : (
        <ul className="workspace-list">
          {workspaces.map((workspace) => (
            <li key={workspace.id}>
              <button type="button" className="link-button" onClick={() => onOpen(workspace.id)}>
                {t('workspaceTitle', { department: workspace.assignment.department.name })} –{' '}
                {workspace.assignment.report.organisation} {workspace.assignment.report.year}
              </button>{' '}
              <span className="template-meta">
                {workspace.assignment.deadline
                  ? t('deadlineShort', { date: workspace.assignment.deadline })
                  : t('noDeadline')}{' '}
                ·{' '}
                {workspace.lastRevision === 0
                  ? t('notExported')
                  : t('revisionShort', { revision: workspace.lastRevision })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
