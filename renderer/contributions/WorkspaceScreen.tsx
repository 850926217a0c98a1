import { useCallback, useMemo, useState } from 'react';
import { templateFromAssignment } from '../../shared/files/assignment-template';
import { encodeExchangeFile } from '../../shared/files/exchange-files';
import type { Workspace } from '../../shared/files/workspace-schema';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { listLatestVersions } from '../db/answers-repo';
import { useDb } from '../db/DbProvider';
import { listAnswers } from '../db/reports-repo';
import { exportContribution, getWorkspace, setAuthor } from '../db/workspaces-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useTypedSave } from '../components/use-typed-save';
import { TypedTextInput } from '../components/TypedTextInput';
import { DocumentView, type DocumentApi } from '../document/DocumentView';
import { FILE_TYPES, slug } from '../app/file-types';

function AssignmentHeader({ workspace, api }: { workspace: Workspace; api: DocumentApi }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const { notify } = useNotice();
  const { assignment } = workspace;
  const [author, setAuthorName] = useState(workspace.authorName);
  const typedAuthor = useTypedSave<string>((name) => void setAuthor(db, workspace.id, name, appDeps));
  const [lastRevision, setLastRevision] = useState(workspace.lastRevision);
  const late = assignment.deadline !== null && assignment.deadline < formatDate(appDeps.now());

  const exportFile = async () => {
    await setAuthor(db, workspace.id, author, appDeps);
    await api.flush();
    const file = await exportContribution(db, workspace.id, appDeps);
    setLastRevision(file.revision);
    const result = await host.saveBytes({
      title: t('exportContribution'),
      suggestedName: `bidrag-${slug(assignment.department.name)}-${assignment.report.year}-v${file.revision}.rvbidrag`,
      filters: FILE_TYPES.contribution,
      bytes: encodeExchangeFile(file),
    });
    notify(
      result.saved
        ? t('contributionExported', { revision: file.revision, file: result.fileName ?? '' })
        : t('contributionNotSaved', { revision: file.revision }),
    );
  };

  return (
    <header className="doc-header assignment-header">
      <p className="doc-organisation">{assignment.report.organisation}</p>
      <h1 className="doc-title">{t('workspaceTitle', { department: assignment.department.name })}</h1>
      <p>{assignment.report.title}</p>
      {assignment.returned && (
        <p className="returned-banner" role="note">
          {t('returnedBanner', {
            revision: assignment.returned.revision,
            count: assignment.comments?.filter((c) => !c.resolution?.resolved).length ?? 0,
          })}
        </p>
      )}
      <dl className="assignment-facts">
        <dt>{t('deadline')}</dt>
        <dd>
          {assignment.deadline ?? t('noDeadline')} {late && <strong className="overdue">{t('overdue')}</strong>}
        </dd>
        <dt>{t('coordinator')}</dt>
        <dd>{assignment.coordinator.name || '–'}</dd>
        {assignment.note && (
          <>
            <dt>{t('noteFromCoordinator')}</dt>
            <dd className="note">{assignment.note}</dd>
          </>
        )}
        <dt>{t('lastExport')}</dt>
        <dd>{lastRevision === 0 ? t('notExported') : t('revisionShort', { revision: lastRevision })}</dd>
      </dl>
      <div className="form-grid">
        <label>
          {t('authorName')}
          <TypedTextInput value={author} onValue={setAuthorName} typed={typedAuthor} />
        </label>
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void exportFile().catch((error: unknown) =>
              api.onError(error instanceof Error ? error.message : String(error)),
            )
          }
        >
          {t('exportContributionRevision', { revision: lastRevision + 1 })}
        </button>
      </div>
    </header>
  );
}

/** A department's contribution workspace: only its assigned questions, the same editors, and export of the next revision. */
export function WorkspaceScreen({ workspaceId, onHome }: { workspaceId: string; onHome: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const load = useCallback(async () => {
    const workspace = await getWorkspace(db, workspaceId);
    if (!workspace) return null;
    return {
      workspace,
      answers: await listAnswers(db, workspaceId),
      versions: await listLatestVersions(db, workspaceId),
    };
  }, [db, workspaceId]);
  const { value, error } = useLoaded(load);
  const template = useMemo(() => (value ? templateFromAssignment(value.workspace.assignment) : undefined), [value]);
  if (error !== undefined) return <p role="alert">{error instanceof Error ? error.message : String(error)}</p>;
  if (value === null) return <p role="alert">{t('workspaceMissing')}</p>;
  if (value === undefined || !template) return <p role="status">{t('loading')}</p>;
  const { workspace } = value;
  const department = workspace.assignment.department;
  return (
    <DocumentView
      review={{
        me: { name: workspace.authorName.trim() || department.name, departmentId: department.id },
        departments: new Map([[department.id, department.name]]),
      }}
      data={{ ownerId: workspace.id, answers: value.answers, versions: value.versions }}
      template={template}
      title={t('workspaceTitle', { department: workspace.assignment.department.name })}
      touchOwner={false}
      onHome={onHome}
      renderHeader={(api) => <AssignmentHeader workspace={workspace} api={api} />}
    />
  );
}
