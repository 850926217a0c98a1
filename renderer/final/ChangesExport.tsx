import { useCallback, useState } from 'react';
import { formatDate } from '../../shared/text/dates';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { listComparisonPoints, type ComparisonPoint } from '../db/comparison-repo';
import { useDb } from '../db/DbProvider';
import {
  buildChangesDocx,
  buildRevisionChangesDocx,
  exportBaseName,
  revisedDepartments,
  type FinalData,
} from './final-data';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { usePointName } from '../compare/ComparePoints';
import { FILE_TYPES } from '../app/file-types';

/** "Exportera ändringar som Word-dokument": the changes since a comparison point, or in a department's newest revision, as Word tracked changes. */
export function ChangesExport({ data }: { data: FinalData }) {
  const { t } = useI18n();
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  const name = usePointName();
  const reportId = data.report.id;
  const { value: points } = useLoaded(useCallback(() => listComparisonPoints(db, reportId), [db, reportId]));
  const revised = revisedDepartments(data);
  // A choice is a comparison point's reason, or "avd:<id>" for a department's previous revision.
  const choices = [
    ...(points ?? []).map((p) => ({ value: p.reason as string, name: name(p) })),
    ...revised.map((r) => ({
      value: `avd:${r.departmentId}`,
      name: t('revisionPoint', { name: r.name, from: r.from, to: r.to }),
    })),
  ];
  const [chosen, setChosen] = useState<string>();
  const choice = choices.find((c) => c.value === chosen) ?? choices[0];
  const label = (p: ComparisonPoint) =>
    t(`changesLabel_${p.reason.replace('-', '_') as 'forra_aret' | 'word_import' | 'signerad'}`, {
      label: p.label ?? '',
      time: formatDate(p.createdAt, true),
    });
  const run = async () => {
    if (!choice) return;
    const file = `${exportBaseName(data, 'andringar')}.docx`;
    const point = points?.find((p) => p.reason === choice.value);
    const department = revised.find((r) => `avd:${r.departmentId}` === choice.value);
    const bytes = point
      ? await buildChangesDocx(db, data, point, label(point))
      : await buildRevisionChangesDocx(
          db,
          data,
          department!.departmentId,
          t('revisionLabel', { name: department!.name, from: department!.from }),
        );
    const result = await host.saveBytes({
      title: t('exportChanges'),
      suggestedName: file,
      filters: FILE_TYPES.word,
      bytes,
    });
    if (result.saved) notify(t('changesDocxSaved', { file: result.fileName ?? file }));
  };
  return (
    <section aria-labelledby="andringar-rubrik">
      <h2 id="andringar-rubrik">{t('exportChangesHeading')}</h2>
      <p>{t('exportChangesHint')}</p>
      {points && choices.length === 0 && <p>{t('exportChangesNone')}</p>}
      {choice && (
        <div className="button-row">
          <label>
            {t('exportChangesSince')}{' '}
            <select value={choice.value} onChange={(event) => setChosen(event.target.value)}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              void run().catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { kind: 'error' }))
            }
          >
            {t('exportChanges')}
          </button>
        </div>
      )}
    </section>
  );
}
