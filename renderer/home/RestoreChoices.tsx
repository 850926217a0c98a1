import { useState } from 'react';
import { formatDate } from '../../shared/text/dates';
import type { RestoreChoice, RestoreOutcome, RestorePlan } from '../db/backup-repo';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/*
 * Before a backup is restored: each report of the backup with how it stands against the
 * computer's copy. One the computer has changed since is replaced only when the person
 * says so, per report; "Behåll datorns" is chosen until then.
 */

const CHOICES: [RestoreChoice, MessageKey][] = [
  ['keep-local', 'restoreKeepLocal'],
  ['take-backup', 'restoreTakeBackup'],
  ['keep-both', 'restoreKeepBoth'],
];

/** The per-report choices of a restore, and the button that runs it. */
export function RestoreChoices({
  plan,
  onRestore,
  onCancel,
}: {
  plan: RestorePlan;
  onRestore: (choices: Record<string, RestoreChoice>) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, RestoreChoice>>({});
  return (
    <form
      className="restore-plan"
      aria-labelledby="aterstall-rubrik"
      onSubmit={(event) => {
        event.preventDefault();
        onRestore(choices);
      }}
    >
      <h3 id="aterstall-rubrik">{t('restorePlanHeading', { file: plan.fileName })}</h3>
      <ul>
        {plan.items.map((item) => (
          <li key={item.reportId}>
            <strong>{item.name}</strong>:{' '}
            {item.state === 'changed'
              ? t('restoreStateChanged', {
                  local: formatDate(item.localUpdatedAt ?? '', true),
                  backup: formatDate(item.backupUpdatedAt, true),
                })
              : t(item.state === 'new' ? 'restoreStateNew' : 'restoreStateSame')}
            {item.state === 'changed' && (
              <fieldset>
                <legend className="visually-hidden">{t('restoreChoiceFor', { name: item.name })}</legend>
                {CHOICES.map(([choice, label]) => (
                  <label key={choice} className="checkbox-line">
                    <input
                      type="radio"
                      name={`val-${item.reportId}`}
                      checked={(choices[item.reportId] ?? 'keep-local') === choice}
                      onChange={() => setChoices({ ...choices, [item.reportId]: choice })}
                    />{' '}
                    {t(label)}
                  </label>
                ))}
              </fieldset>
            )}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="submit" className="primary">
          {t('restoreRun')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

const OUTCOMES: Record<RestoreOutcome['outcome'], MessageKey> = {
  added: 'restoreAdded',
  unchanged: 'restoreUnchanged',
  'kept-local': 'restoreKeptLocal',
  replaced: 'restoreReplaced',
  'kept-both': 'restoreKeptBoth',
};

/** What a restore did, report by report. */
export function RestoreSummaryList({ outcomes }: { outcomes: readonly RestoreOutcome[] }) {
  const { t } = useI18n();
  return (
    <ul className="restore-summary" aria-label={t('restoreSummary')}>
      {outcomes.map((o, i) => (
        <li key={i}>
          <strong>{o.name}</strong>: {t(OUTCOMES[o.outcome])}
        </li>
      ))}
    </ul>
  );
}
