import { formatDate } from '../../shared/text/dates';
import { useI18n } from '../i18n/I18nProvider';
import { useSaveStatus, type SaveStatusStore } from '../app/save-status-store';

/** "Sparat" / "Sparar…", or what went wrong, in a live region. */
export function SaveIndicator({ store }: { store: SaveStatusStore }) {
  const { t } = useI18n();
  const status = useSaveStatus(store);
  if (status.state === 'error') {
    return (
      <p className="save-indicator is-error" role="alert">
        {status.message}
      </p>
    );
  }
  return (
    <p className={`save-indicator is-${status.state}`} role="status">
      {status.state === 'saving' ? t('saving') : t('saved')}
      {status.state === 'saved' && status.at && <span className="save-time"> {formatDate(status.at, true)}</span>}
    </p>
  );
}
