import { useState } from 'react';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import {
  planRestore,
  restoreBackup,
  type RestoreChoice,
  type RestoreOutcome,
  type RestorePlan,
} from '../db/backup-repo';
import { RestoreChoices, RestoreSummaryList } from './RestoreChoices';
import { planReportFile } from '../db/report-file-repo';
import { exportBackupOffThread } from '../db/backup-off-thread';
import { useTemplates } from '../templates/TemplatesProvider';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { FILE_TYPES } from '../app/file-types';

/** Saves the whole workspace to a file, and restores one (the file is checked before anything is written). */
export function BackupPanel({ onRestored }: { onRestored: () => void }) {
  const db = useDb();
  const { templates, reload: reloadTemplates } = useTemplates();
  const host = useHost();
  const { t } = useI18n();
  const { notify } = useNotice();
  const [error, setError] = useState<string>();
  const [plan, setPlan] = useState<RestorePlan>();
  const [outcomes, setOutcomes] = useState<RestoreOutcome[]>([]);

  const save = async () => {
    setError(undefined);
    const now = appDeps.now();
    const info = await host.appInfo();
    const bytes = await exportBackupOffThread(db, now, info.version);
    const result = await host.saveBytes({
      title: t('backupSave'),
      suggestedName: `rapportverkstad-${formatDate(now)}.rvbackup`,
      filters: FILE_TYPES.backup,
      bytes,
    });
    if (result.saved) notify(t('backupSaved', { name: result.fileName ?? '' }));
  };

  const restore = async () => {
    setError(undefined);
    setOutcomes([]);
    const [file] = await host.openFile({ title: t('backupRestore'), filters: FILE_TYPES.backup, multiple: false });
    if (!file) return;
    const next = await planRestore(db, file.bytes, file.name);
    // Nothing to decide when no report on the computer differs from the backup.
    if (next.items.some((i) => i.state === 'changed')) setPlan(next);
    else await run(next, {});
  };
  const run = async (chosen: RestorePlan, choices: Record<string, RestoreChoice>) => {
    const summary = await restoreBackup(db, chosen, chosen.fileName, choices, appDeps);
    setPlan(undefined);
    setOutcomes(summary.outcomes);
    const reportFile = chosen.fileName.toLowerCase().endsWith('.rvrapport');
    notify(
      reportFile
        ? t(summary.replaced > 0 ? 'reportFileReplaced' : 'reportFileOpened', { file: chosen.fileName })
        : t('backupRestored', { reports: summary.reports, replaced: summary.replaced }),
    );
    await reloadTemplates();
    onRestored();
  };

  const openReportFile = async () => {
    setError(undefined);
    const [file] = await host.openFile({ title: t('openReportFile'), filters: FILE_TYPES.report, multiple: false });
    if (!file) return;
    // Like a restore: a report this computer has changed since is replaced only when the person chooses.
    const next = await planReportFile(db, file.bytes, file.name, templates);
    if (next.items.some((i) => i.state === 'changed')) setPlan(next);
    else await run(next, {});
  };

  const guard = (work: () => Promise<void>) => () =>
    void work().catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));

  return (
    <section className="backup card" aria-labelledby="sakerhetskopia-rubrik">
      <h2 id="sakerhetskopia-rubrik">{t('backupHeading')}</h2>
      <p>{t('backupIntro')}</p>
      <div className="actions">
        <button type="button" onClick={guard(save)}>
          {t('backupSave')}
        </button>
        <button type="button" onClick={guard(restore)}>
          {t('backupRestore')}
        </button>
        <button type="button" onClick={guard(openReportFile)}>
          {t('openReportFile')}
        </button>
      </div>
      {plan && (
        <RestoreChoices
          plan={plan}
          onRestore={(choices) => guard(() => run(plan, choices))()}
          onCancel={() => setPlan(undefined)}
        />
      )}
      {outcomes.length > 0 && <RestoreSummaryList outcomes={outcomes} />}
      <ErrorAlert error={error} />
    </section>
  );
}
