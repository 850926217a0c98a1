import { useCallback, useState } from 'react';
import type { PinnedReason } from '../../shared/report/report-schema';
import { formatDate } from '../app/deps';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { listComparisonPoints, type ComparisonPoint } from '../db/comparison-repo';
import { useDb } from '../db/DbProvider';
import { buildChangesDocx, exportBaseName, type FinalData } from '../final/final-data';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { usePointName } from './ComparePoints';

/** "Exportera ändringar som Word-dokument": the changes since a chosen comparison point as Word tracked changes. */
export function ChangesExport({ data }: { data: FinalData }) {
  const { t } = useI18n();
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  const name = usePointName();
  const reportId = data.report.id;
  const { value: points } = useLoaded(useCallback(() => listComparisonPoints(db, reportId), [db, reportId]));
  const [chosen, setChosen] = useState<PinnedReason>();
  const point = points?.find((p) => p.reason === chosen) ?? points?.[0];
  const label = (p: ComparisonPoint) => t(`changesLabel_${p.reason.replace('-', '_') as 'forra_aret' | 'word_import' | 'signerad'}`, { label: p.label ?? '', time: formatDate(p.createdAt, true) });
  const run = async () => {
    if (!point) return;
    const file = `${exportBaseName(data, 'andringar')}.docx`;
    const bytes = await buildChangesDocx(db, data, point, label(point));
    const result = await host.saveBytes({ title: t('exportChanges'), suggestedName: file, filters: [{ name: 'Word', extensions: ['docx'] }], bytes });
    if (result.saved) notify(t('changesDocxSaved', { file: result.fileName ?? file }));
  };
  return (
    <section aria-labelledby="andringar-rubrik">
      <h2 id="andringar-rubrik">{t('exportChangesHeading')}</h2>
      <p>{t('exportChangesHint')}</p>
      {points && points.length === 0 && <p>{t('exportChangesNone')}</p>}
      {point && (
        <div className="button-row">
          <label>
            {t('exportChangesSince')}{' '}
            <select value={point.reason} onChange={(event) => setChosen(event.target.value as PinnedReason)}>
              {points!.map((p) => (
                <option key={p.reason} value={p.reason}>
                  {name(p)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void run().catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { kind: 'error' }))}>
            {t('exportChanges')}
          </button>
        </div>
      )}
    </section>
  );
}
