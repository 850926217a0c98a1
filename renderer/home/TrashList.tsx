import { useState } from 'react';
import type { Report } from '../../shared/report/report-schema';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useDb } from '../db/DbProvider';
import { purgeReport, setTrashed } from '../db/reports-repo';
import { useI18n } from '../i18n/I18nProvider';

/** Reports in the trash: restore, or delete for good after a confirmation. */
export function TrashList({ reports, onChanged }: { reports: Report[]; onChanged: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string>();
  return (
    <details className="trash card">
      <summary>{t('trashHeading', { count: reports.length })}</summary>
      {reports.length === 0 ? (
        <p>{t('trashEmpty')}</p>
      ) : (
        <ul>
          {reports.map((report) => (
            <li key={report.id}>
              <span>
                {report.title} ({report.organisation}) –{' '}
                {t('deletedAt', { date: formatDate(report.deletedAt ?? report.updatedAt, true) })}
              </span>{' '}
              <button type="button" onClick={() => void setTrashed(db, report.id, false, appDeps).then(onChanged)}>
                {t('restore')}
              </button>{' '}
              {confirming === report.id ? (
                <span role="group" aria-label={t('confirmPurge', { title: report.title })}>
                  {t('confirmPurge', { title: report.title })}{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void purgeReport(db, report.id).then(onChanged)}
                  >
                    {t('purgeYes')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    {t('cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirming(report.id)}>
                  {t('purge')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
