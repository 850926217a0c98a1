import { routeHash } from '../app/use-hash-route';
import type { ImportResult } from '../db/contributions-repo';
import { useI18n } from '../i18n/I18nProvider';

/**
 * What happened to each imported contribution file. A file that went into another report
 * than the open one (the inbox and the home screen route by the report the file names)
 * says which; a file refused because it belongs to another report links to that report.
 */
export function ImportResults({ results, openReportId }: { results: readonly ImportResult[]; openReportId?: string }) {
  const { t } = useI18n();
  if (results.length === 0) return null;
  return (
    <ul className="import-results" aria-label={t('importResults')}>
      {results.map((result, i) => (
        <li key={i} className={`result-${result.outcome}`}>
          {result.outcome === 'refused' ? (
            <>
              {result.message}
              {result.belongsTo && (
                <>
                  {' '}
                  <a href={routeHash({ screen: 'report', reportId: result.belongsTo.id, view: 'bidrag' })}>
                    {t('openOtherReport', { title: result.belongsTo.title })}
                  </a>
                </>
              )}
            </>
          ) : result.outcome === 'cancelled' ? (
            t('resultCancelled', { file: result.fileName })
          ) : (
            <>
              {t(result.outcome === 'imported' ? 'resultImported' : 'resultAlready', {
                file: result.fileName,
                department: result.department,
                revision: result.revision,
              })}
              {result.report.id !== openReportId && (
                <>
                  {' '}
                  {t('resultInReport', { report: result.report.title })}{' '}
                  <a href={routeHash({ screen: 'report', reportId: result.report.id, view: 'bidrag' })}>
                    {t('openReportNamed', { title: result.report.title })}
                  </a>
                </>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
