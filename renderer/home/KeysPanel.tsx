import { useCallback, useState } from 'react';
import { buildKeyFile, formatFingerprint, type TrustedKey } from '../../shared/signing/trusted-keys';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useLoaded } from '../app/use-loaded';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { getTextSetting } from '../db/settings-repo';
import { importTrustedKeys, listTrustedKeys, ownKey, removeTrustedKey } from '../db/signing-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { FILE_TYPES } from '../app/file-types';
import { useItDefaults } from '../app/it-defaults';

/** A trusted signer's name, title and organisation, and the key's fingerprint, as two cells of a row. */
function SignerCells({ signer }: { signer: TrustedKey }) {
  return (
    <>
      <td>
        {signer.name}
        {signer.title && `, ${signer.title}`}
        {signer.organisation && ` (${signer.organisation})`}
      </td>
      <td>
        <code className="fingerprint">{formatFingerprint(signer.fingerprint)}</code>
      </td>
    </>
  );
}

/** "Signeringsnycklar": this computer's key (fingerprint, key file to send) and the signers it trusts. */
export function KeysPanel() {
  const itKeys = useItDefaults()?.trustedKeys ?? [];
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const { notify } = useNotice();
  const [who, setWho] = useState({ name: '', title: '', organisation: '' });
  const [error, setError] = useState<string>();
  const load = useCallback(
    async () => ({ own: await ownKey(db, appDeps.now), trusted: await listTrustedKeys(db) }),
    [db],
  );
  const { value, reload } = useLoaded(load);
  const guard = (work: () => Promise<void>) => () => {
    setError(undefined);
    void work().catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };
  if (!value) return null;
  const exportKey = async () => {
    const bytes = await buildKeyFile(
      value.own.publicKey,
      { name: who.name.trim() || '–', title: who.title, organisation: who.organisation },
      appDeps.now(),
    );
    const result = await host.saveBytes({
      title: t('exportMyKey'),
      suggestedName: `nyckel-${value.own.fingerprint.slice(0, 8)}.rvnyckel`,
      filters: FILE_TYPES.key,
      bytes,
    });
    if (result.saved) notify(t('myKeyExported', { file: result.fileName ?? '' }));
  };
  const importKey = async () => {
    const [file] = await host.openFile({ title: t('importKeyFile'), filters: FILE_TYPES.key, multiple: false });
    if (!file) return;
    const addedBy = (await getTextSetting(db, 'coordinatorName')) || t('thisComputersKey');
    const keys = await importTrustedKeys(db, file.bytes, file.name, addedBy, appDeps.now());
    notify(t('keyImported', { count: keys.length, names: keys.map((k) => k.name).join(', ') }));
    reload();
  };
  return (
    <section className="card keys" aria-labelledby="nycklar-rubrik">
      <h2 id="nycklar-rubrik">{t('keysHeading')}</h2>
      <p>{t('keysIntro')}</p>
      <h3>{t('myKeyHeading')}</h3>
      <p>
        {t('myKeyFingerprint')} <code className="fingerprint">{formatFingerprint(value.own.fingerprint)}</code>{' '}
        <button
          type="button"
          onClick={guard(
            async () => (await navigator.clipboard.writeText(value.own.fingerprint), notify(t('fingerprintCopied'))),
          )}
        >
          {t('copyFingerprint')}
        </button>
      </p>
      <div className="form-grid">
        {(['name', 'title', 'organisation'] as const).map((field) => (
          <label key={field}>
            {t(field === 'name' ? 'keyOwnerName' : field === 'title' ? 'keyOwnerTitle' : 'keyOwnerOrganisation')}
            <input type="text" value={who[field]} onChange={(e) => setWho({ ...who, [field]: e.target.value })} />
          </label>
        ))}
      </div>
      <button type="button" onClick={guard(exportKey)}>
        {t('exportMyKey')}
      </button>
      <h3>{t('trustedHeading')}</h3>
      {value.trusted.length === 0 && itKeys.length === 0 ? (
        <p>{t('trustedNone')}</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">{t('colSigner')}</th>
              <th scope="col">{t('colFingerprint')}</th>
              <th scope="col">{t('colAdded')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {itKeys.map((key) => (
              <tr key={`it-${key.fingerprint}`}>
                <SignerCells signer={key} />
                <td>{t('setByIt')}</td>
                <td />
              </tr>
            ))}
            {value.trusted.map((key) => (
              <tr key={key.fingerprint}>
                <SignerCells signer={key} />
                <td>{t('addedByWhen', { when: formatDate(key.addedAt, true), who: key.addedBy })}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('removeTrusted', { name: key.name })}
                    onClick={guard(async () => (await removeTrustedKey(db, key.fingerprint), reload()))}
                  >
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={guard(importKey)}>
        {t('importKeyFile')}
      </button>
      <ErrorAlert error={error} />
    </section>
  );
}
