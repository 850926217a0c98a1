import { useState } from 'react';
import { FILE_TYPES } from '../app/file-types';
import { ImportResults } from '../contributions/ImportResults';
import type { ImportResult } from '../db/contributions-repo';
import { useFileImport } from '../contributions/use-file-import';
import { ImportProgress } from '../contributions/ImportProgress';
import { useDb } from '../db/DbProvider';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';

/** Contribution files opened from the home screen: each goes to the report it names, and the result says which. */
export function ContributionImportPanel({ onImported }: { onImported: () => void }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [results, setResults] = useState<ImportResult[]>([]);
  const fileImport = useFileImport(db);
  const choose = async () => {
    const files = await host.openFile({
      title: t('importContributionsHome'),
      filters: FILE_TYPES.contribution,
      multiple: true,
    });
    if (files.length === 0) return;
    setResults(await fileImport.run(files));
    onImported();
  };
  return (
    <section className="card" aria-labelledby="bidrag-hem-rubrik">
      <h2 id="bidrag-hem-rubrik">{t('importContributionsHome')}</h2>
      <p>{t('importContributionsHomeHelp')}</p>
      <button type="button" onClick={() => void choose()}>
        {t('importContributionsButton')}
      </button>
      <ImportProgress state={fileImport.state} onCancel={fileImport.cancel} />
      <ImportResults results={results} />
    </section>
  );
}
