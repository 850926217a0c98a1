import { useCallback } from 'react';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { dismissUnplaced, unplacedText } from '../db/unplaced-repo';
import { useI18n } from '../i18n/I18nProvider';

/** The text a Word import could not place, kept with the report until the user removes the list. */
export function UnplacedPanel({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const db = useDb();
  const { notify } = useNotice();
  const load = useCallback(() => unplacedText(db, reportId), [db, reportId]);
  const { value, reload } = useLoaded(load);
  if (!value || value.length === 0) return null;
  const text = value.join('\n\n');
  return (
    <details className="unplaced-panel">
      <summary>{t('unplacedKept', { count: value.length })}</summary>
      <textarea readOnly rows={6} aria-label={t('unplacedKept', { count: value.length })} value={text} />
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => notify(t('importCopied')),
              (e: unknown) => notify(String(e), { kind: 'error' }),
            )
          }
        >
          {t('importCopyUnplaced')}
        </button>
        <button type="button" onClick={() => void dismissUnplaced(db, reportId).then(reload)}>
          {t('unplacedDismiss')}
        </button>
      </div>
    </details>
  );
}
