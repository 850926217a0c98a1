import { useState } from 'react';
import { flushSync } from 'react-dom';
import { blocksSigning } from '../../shared/preflight/finding';
import { runPreflight } from '../../shared/preflight/preflight';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { DateInput } from '../components/DateInput';
import type { FinalData } from './final-data';
import { signedFileNames, signReport, withSigner, type Signer } from './sign-report';

/** The signer's values, prefilled from the signature block and the header. */
export function initialSigner(data: FinalData): Signer {
  const { signature, header } = data.report;
  const [headerName, headerTitle] = (header.namn ?? '').split(',').map((part) => part.trim());
  return {
    name: signature.namn || headerName || '',
    title: signature.titel || headerTitle || '',
    place: signature.ort,
    date: signature.datum || header.datum || formatDate(appDeps.now()),
  };
}

/** The signing form: who, where and when; disabled while preflight finds errors. */
export function SignForm({
  data,
  signer,
  onSigner,
  onSigned,
  onSigning,
  beforePdf,
}: {
  data: FinalData;
  signer: Signer;
  onSigner: (signer: Signer) => void;
  onSigned: () => void;
  onSigning?: (signing: boolean) => void;
  /** Waits until the document on screen is the one to print (the pages drawn without the draft mark). */
  beforePdf?: () => Promise<void>;
}) {
  const { t } = useI18n();
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const findings = runPreflight({ ...data, report: withSigner(data.report, signer) });
  const errors = findings.filter((f) => f.severity === 'fel').length;
  const field = (key: keyof Signer, label: string) => (
    <label>
      {label}
      {key === 'date' ? (
        <DateInput value={signer[key]} onValue={(value) => onSigner({ ...signer, [key]: value })} required />
      ) : (
        <input
          type="text"
          value={signer[key]}
          onChange={(e) => onSigner({ ...signer, [key]: e.target.value })}
          required
        />
      )}
    </label>
  );
  const warnings = findings.filter((f) => f.severity === 'varning');
  const sign = async () => {
    // Drawn at once: the PDF printed while signing must not carry the draft mark.
    flushSync(() => {
      setConfirming(false);
      setBusy(true);
      onSigning?.(true);
    });
    try {
      const outcome = await signReport(db, host, data, signer, appDeps, beforePdf);
      if (outcome === 'signed') {
        notify(t('signDone'));
        onSigned();
      } else if (outcome === 'cancelled') notify(t('signCancelled'));
      else notify(t('signBlocked', { count: errors }), { kind: 'error' });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { kind: 'error' });
    } finally {
      setBusy(false);
      onSigning?.(false);
    }
  };
  return (
    <form
      className="sign-form"
      aria-labelledby="signera-rubrik"
      onSubmit={(e) => {
        e.preventDefault();
        // Signing is never one click: first what will happen, then the signature.
        setConfirming(true);
      }}
    >
      <h2 id="signera-rubrik">{t('signHeading')}</h2>
      <p>{t('signIntro')}</p>
      {!host.renderPdf && <p className="hint">{t('signNoPdf')}</p>}
      <div className="form-grid">
        {field('name', t('signName'))}
        {field('title', t('signTitle'))}
        {field('place', t('signPlace'))}
        {field('date', t('signDate'))}
      </div>
      {blocksSigning(findings) && <p className="sign-blocked">{t('signBlocked', { count: errors })}</p>}
      <button type="submit" disabled={busy || errors > 0 || confirming}>
        {busy ? t('signing') : t('signButton')}
      </button>
      {confirming && (
        <section
          className="sign-confirm"
          role="alertdialog"
          aria-labelledby="bekrafta-rubrik"
          aria-describedby="bekrafta-vem"
        >
          <h3 id="bekrafta-rubrik">{t('signConfirmHeading')}</h3>
          <p id="bekrafta-vem">
            {t('signConfirmWho', { name: signer.name, title: signer.title, place: signer.place, date: signer.date })}
          </p>
          {warnings.length > 0 ? (
            <>
              <p>{t('signConfirmWarnings', { count: warnings.length })}</p>
              <ul>
                {warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('signConfirmNoWarnings')}</p>
          )}
          <p>{t('signConfirmFiles')}</p>
          <ul>
            {signedFileNames(data, Boolean(host.renderPdf)).map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
          <p>{t('signConfirmLock')}</p>
          <div className="actions">
            <button type="button" className="primary" autoFocus onClick={() => void sign()}>
              {t('signConfirmButton')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
    </form>
  );
}
