import { useI18n } from '../i18n/I18nProvider';
import type { ImportState } from './use-file-import';

/** "Importerar 12 av 60: folkhalsa-v2.rvbidrag" with a progress bar and a way to stop. */
export function ImportProgress({ state, onCancel }: { state: ImportState | null; onCancel: () => void }) {
  const { t } = useI18n();
  if (!state) return null;
  return (
    <div className="import-progress">
      <progress value={state.done} max={state.total} aria-label={t('importProgressLabel')} />
      <p role="status">
        {state.cancelling
          ? t('importCancelling')
          : t('importProgress', { done: state.done, total: state.total, file: state.current ?? '' })}
      </p>
      <button type="button" onClick={onCancel} disabled={state.cancelling}>
        {t('importCancel')}
      </button>
    </div>
  );
}
