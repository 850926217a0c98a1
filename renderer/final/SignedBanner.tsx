import { useState } from 'react';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import type { SignatureRecord } from '../db/schema';
import { reopenReport } from '../db/signing-repo';
import { useI18n } from '../i18n/I18nProvider';

/** Who signed a locked report, and the explicit, confirmed way to reopen it (which voids the signature). */
export function SignedBanner({
  reportId,
  signature,
  onReopened,
}: {
  reportId: string;
  signature: SignatureRecord | undefined;
  onReopened: () => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const { notify } = useNotice();
  const [confirming, setConfirming] = useState(false);
  const m = signature?.manifest;
  const date = m ? `${m.date}` : '';
  const reopen = async () => {
    await reopenReport(db, reportId, appDeps.now());
    notify(t('reopened', { date }));
    onReopened();
  };
  return (
    <div className="signed-banner" role="region" aria-label={t('signHeading')}>
      <p>
        {m
          ? t('signedBanner', { name: m.signer.name, title: m.signer.title, place: m.place, date: m.date })
          : t('signedElsewhere')}
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('reopen')}>
          <p>{t('reopenConfirm', { date })}</p>
          <button
            type="button"
            className="danger"
            onClick={() => void reopen().catch((e: unknown) => notify(String(e), { kind: 'error' }))}
          >
            {t('reopen')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('reopen')}
        </button>
      )}
    </div>
  );
}

/** Signatures voided by reopening, shown so nobody mistakes an old signed file for the current text. */
export function VoidedSignatures({ signatures }: { signatures: readonly SignatureRecord[] }) {
  const { t } = useI18n();
  const voided = signatures.filter((s) => s.voidedAt !== null);
  if (voided.length === 0) return null;
  return (
    <ul className="voided-signatures">
      {voided.map((s) => (
        <li key={s.id}>
          {t('voidedSignature', {
            name: s.manifest.signer.name,
            date: s.manifest.date,
            voided: formatDate(s.voidedAt!, true),
          })}
        </li>
      ))}
    </ul>
  );
}
