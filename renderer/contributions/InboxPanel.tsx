import { useEffect, useState } from 'react';
import type { InboxListing } from '../../shared/host/workbench-host';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../components/ErrorAlert';

const POLL_MS = 5_000;

/** The watched inbox folder: new .rvbidrag files are listed, and imported only on a click. */
export function InboxPanel({
  importedNames,
  onImport,
}: {
  importedNames: ReadonlySet<string>;
  onImport: (files: { name: string; bytes: Uint8Array }[]) => Promise<void>;
}) {
  const host = useHost();
  const { t } = useI18n();
  const [listing, setListing] = useState<InboxListing>({ folder: null, files: [] });
  const [error, setError] = useState<string>();
  const inbox = host.inbox;

  useEffect(() => {
    if (!inbox) return;
    let stopped = false;
    const poll = () =>
      inbox.list().then(
        (next) => !stopped && setListing(next),
        (e: unknown) => !stopped && setError(String(e)),
      );
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [inbox]);

  if (!inbox) {
    return (
      <section className="card" aria-labelledby="inkorg-rubrik">
        <h2 id="inkorg-rubrik">{t('inboxHeading')}</h2>
        <p>{t('inboxDesktopOnly')}</p>
      </section>
    );
  }
  const fresh = listing.files.filter((f) => !importedNames.has(f.name));
  const importNames = async (names: string[]) => {
    setError(undefined);
    try {
      await onImport(await Promise.all(names.map((name) => inbox.read(name))));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card" aria-labelledby="inkorg-rubrik">
      <h2 id="inkorg-rubrik">{t('inboxHeading')}</h2>
      <p>{listing.folder ? t('inboxFolder', { folder: listing.folder }) : t('inboxNone')}</p>
      <div className="actions">
        <button
          type="button"
          onClick={() => void inbox.choose(t('inboxChoose')).then(setListing, (e: unknown) => setError(String(e)))}
        >
          {t('inboxChoose')}
        </button>
        {fresh.length > 1 && (
          <button type="button" className="primary" onClick={() => void importNames(fresh.map((f) => f.name))}>
            {t('inboxImportAll', { count: fresh.length })}
          </button>
        )}
      </div>
      {listing.files.length > 0 && (
        <ul className="inbox-files" aria-label={t('inboxFiles')}>
          {listing.files.map((file) => (
            <li key={file.name}>
              {file.name} ({Math.ceil(file.size / 1024)} kB) –{' '}
              {importedNames.has(file.name) ? (
                t('inboxImported')
              ) : (
                <button
                  type="button"
                  aria-label={t('inboxImportOne', { name: file.name })}
                  onClick={() => void importNames([file.name])}
                >
                  {t('inboxImport')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}
