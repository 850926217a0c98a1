import { useState } from 'react';
import type { Report } from '../../shared/report/report-schema';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { copyReport, setTrashed, updateReport } from '../db/reports-repo';
import { useI18n } from '../i18n/I18nProvider';

function RenameField({ report, onDone }: { report: Report; onDone: (saved: boolean) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [title, setTitle] = useState(report.title);
  const save = async () => {
    if (title.trim() === '' || title.trim() === report.title) return onDone(false);
    await updateReport(db, report.id, { title: title.trim() }, appDeps);
    onDone(true);
  };
  return (
    <input
      className="rename"
      aria-label={t('renameLabel', { title: report.title })}
      autoFocus
      value={title}
      onChange={(event) => setTitle(event.target.value)}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void save();
        if (event.key === 'Escape') onDone(false);
      }}
    />
  );
}

/** The reports on this computer with open, rename, copy and delete (to the trash, undoable). */
export function ReportList({
  reports,
  onOpen,
  onChanged,
}: {
  reports: Report[];
  onOpen: (id: string) => void;
  onChanged: () => void;
}) {
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  const [renaming, setRenaming] = useState<string>();

  const run = (work: () => Promise<unknown>) =>
    void work().then(onChanged, (error: unknown) =>
      notify(error instanceof Error ? error.message : String(error), { kind: 'error' }),
    );

  const trash = (report: Report) =>
    run(async () => {
      await setTrashed(db, report.id, true, appDeps);
      notify(t('movedToTrash', { title: report.title }), {
        action: { label: t('undo'), run: () => run(() => setTrashed(db, report.id, false, appDeps)) },
      });
    });

  if (reports.length === 0) return <p className="empty">{t('noReports')}</p>;
  return (
    <table className="report-table">
      <caption className="visually-hidden">{t('reportsHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colTitle')}</th>
          <th scope="col">{t('colYear')}</th>
          <th scope="col">{t('colOrganisation')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col">{t('colChanged')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('colActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td>
              {renaming === report.id ? (
                <RenameField
                  report={report}
                  onDone={(saved) => {
                    setRenaming(undefined);
                    if (saved) onChanged();
                  }}
                />
              ) : (
                <button type="button" className="link-button" onClick={() => onOpen(report.id)}>
                  {report.title}
                </button>
              )}
            </td>
            <td>{report.year}</td>
            <td>{report.organisation}</td>
            <td>{report.status === 'signerad' ? t('statusSigned') : t('statusDraft')}</td>
            <td>{formatDate(report.updatedAt, true)}</td>
            <td className="row-actions">
              <button
                type="button"
                aria-label={t('renameLabel', { title: report.title })}
                onClick={() => setRenaming(report.id)}
              >
                {t('rename')}
              </button>
              <button
                type="button"
                aria-label={t('copyLabel', { title: report.title })}
                onClick={() => run(() => copyReport(db, report.id, appDeps))}
              >
                {t('copy')}
              </button>
              <button
                type="button"
                aria-label={t('deleteLabel', { title: report.title })}
                onClick={() => trash(report)}
              >
                {t('delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
