import { useState } from 'react';
import { appDeps } from '../app/deps';
import { useDb } from '../db/DbProvider';
import { knownKeys } from '../db/signing-repo';
import { formatFingerprint } from '../../shared/signing/trusted-keys';
import type { OpenedFile } from '../../shared/host/workbench-host';
import { readManifest } from '../../shared/signing/manifest';
import { verifyFile, type Verdict } from '../../shared/signing/verify';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { FILE_TYPES } from '../app/file-types';
import { useItDefaults } from '../app/it-defaults';

/** "Verifiera": one file against a signature manifest and the trusted keys, with a plain verdict (also on the home screen, without the report). */
export function VerifyForm() {
  const itKeys = useItDefaults()?.trustedKeys;
  const { t } = useI18n();
  const host = useHost();
  const db = useDb();
  const [file, setFile] = useState<OpenedFile>();
  const [manifest, setManifest] = useState<OpenedFile>();
  const [verdict, setVerdict] = useState<Verdict | { ok: false; message: string }>();
  const choose = async (
    title: string,
    filters: { name: string; extensions: string[] }[],
    set: (f: OpenedFile) => void,
  ) => {
    const [picked] = await host.openFile({ title, filters, multiple: false });
    if (picked) {
      set(picked);
      setVerdict(undefined);
    }
  };
  const verify = async () => {
    if (!file || !manifest) return setVerdict({ ok: false, message: t('verifyNeedBoth') });
    try {
      const trusted = await knownKeys(db, appDeps.now, t('thisComputersKey'), itKeys);
      setVerdict(await verifyFile(file.name, file.bytes, readManifest(manifest.bytes, manifest.name), trusted));
    } catch (error) {
      setVerdict({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  // The signed file and its manifest can also be dropped here together (the manifest is the .json).
  const drop = async (event: React.DragEvent) => {
    event.preventDefault();
    for (const dropped of Array.from(event.dataTransfer.files)) {
      const opened = { name: dropped.name, bytes: new Uint8Array(await dropped.arrayBuffer()) };
      if (/\.json$/i.test(dropped.name)) setManifest(opened);
      else setFile(opened);
    }
    setVerdict(undefined);
  };
  return (
    <section
      className="verify"
      aria-labelledby="verifiera-rubrik"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => void drop(e)}
    >
      <h2 id="verifiera-rubrik">{t('verifyHeading')}</h2>
      <p>{t('verifyIntro')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void choose(t('verifyFileTitle'), FILE_TYPES.signedDocument, setFile)}>
          {t('verifyChooseFile')}
        </button>
        <span>{file?.name}</span>
        <button type="button" onClick={() => void choose(t('verifyManifestTitle'), FILE_TYPES.signature, setManifest)}>
          {t('verifyChooseManifest')}
        </button>
        <span>{manifest?.name}</span>
        <button type="button" onClick={() => void verify()}>
          {t('verifyButton')}
        </button>
      </div>
      <p role="status" className={verdict ? (verdict.ok ? 'verdict verdict-ok' : 'verdict verdict-failed') : 'verdict'}>
        {verdict && (
          <>
            <strong>
              {verdict.ok
                ? t('verifyOk')
                : 'reason' in verdict && verdict.reason === 'unknown-key'
                  ? t('verifyUnknownKey')
                  : t('verifyFailed')}
              :
            </strong>{' '}
            {verdict.message}
            {'fingerprint' in verdict && !verdict.ok && (
              <>
                {' '}
                {t('verifyFingerprint')} <code className="fingerprint">{formatFingerprint(verdict.fingerprint)}</code>
              </>
            )}
          </>
        )}
      </p>
    </section>
  );
}
