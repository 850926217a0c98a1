import type { PinnedReason } from '../../shared/report/report-schema';
import { formatDate } from '../../shared/text/dates';
import type { ComparisonPoint } from '../db/comparison-repo';
import { useI18n } from '../i18n/I18nProvider';
import type { QuestionComparison } from './use-comparison';
import { DiffView } from './DiffView';

/*
 * The parts of comparing that sit in the document: the point chooser in the report bar
 * and, under each answer, its changes since the point.
 */

/** A comparison point in words: "Förra årets text (2024)". */
export function usePointName(): (point: ComparisonPoint) => string {
  const { t } = useI18n();
  return (point) =>
    t(`point_${point.reason.replace('-', '_') as 'forra_aret' | 'word_import' | 'signerad'}`, {
      label: point.label ?? '',
      time: formatDate(point.createdAt, true),
    });
}

/** "Jämför med": none, or one of the report's comparison points. */
export function CompareSelect({
  points,
  selected,
  onSelect,
}: {
  points: readonly ComparisonPoint[];
  selected: ComparisonPoint | null;
  onSelect: (reason: PinnedReason | null) => void;
}) {
  const { t } = useI18n();
  const name = usePointName();
  if (points.length === 0) return null;
  return (
    <label className="compare-select">
      {t('compareWith')}
      <select
        value={selected?.reason ?? ''}
        onChange={(event) => onSelect((event.target.value || null) as PinnedReason | null)}
      >
        <option value="">{t('compareNone')}</option>
        {points.map((point) => (
          <option key={point.reason} value={point.reason}>
            {name(point)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One answer's changes since the comparison point. */
export function AnswerComparison({ questionId, comparison }: { questionId: string; comparison: QuestionComparison }) {
  const { t } = useI18n();
  const name = usePointName();
  const label = t('comparisonLabel', { id: questionId, point: name(comparison.point) });
  return (
    <section className="answer-comparison" aria-label={label}>
      <h4>{label}</h4>
      {comparison.missing && <p className="diff-legend">{t('comparisonMissing')}</p>}
      <DiffView changes={comparison.changes} />
    </section>
  );
}
