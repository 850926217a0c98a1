import type { ChoicePart } from '../../shared/report/merge-record';
import type { MergeStepResult } from '../../shared/merge/merge-step';
import type { BlockChange } from '../../shared/merge/three-way';
import { blockLines } from '../../shared/report/rich-text-plain';
import { diffWords } from '../../shared/text/word-diff';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/*
 * What a merge will do, before it is accepted: the counts, and each changed block with
 * the words that change (inserted words underlined, removed ones struck through, each
 * also named for screen readers), new and removed blocks, conflicts with the differing
 * words of both sides, and the change of Ja/Nej and basis.
 */

const LABELS: Record<BlockChange['kind'], MessageKey> = {
  updated: 'changeUpdated',
  added: 'changeAdded',
  removed: 'changeRemoved',
  conflict: 'changeConflict',
  resolved: 'changeResolved',
};

/** Words of `after` against `before`, marked. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  return (
    <span className="word-diff">
      {diffWords(before, after).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i} aria-label={`${t('wordsAdded')}: ${part.text}`}>
            {part.text}
          </ins>
        ) : (
          <del key={i} aria-label={`${t('wordsRemoved')}: ${part.text}`}>
            {part.text}
          </del>
        ),
      )}
    </span>
  );
}

const text = (block: BlockChange['before']) => (block ? blockLines(block).join('\n') : '');

/** How a choice part reads in one line. */
export function useChoiceText(): (part: ChoicePart) => string {
  const { t } = useI18n();
  return (part) =>
    [part.choice === 'ja' ? 'Ja' : part.choice === 'nej' ? 'Nej' : t('choiceNone'), ...part.basis].join(', ');
}

/** The preview of one merge step. */
export function MergePreview({ step }: { step: MergeStepResult }) {
  const { t } = useI18n();
  const choiceText = useChoiceText();
  return (
    <div className="merge-preview">
      <p className="merge-summary" role="status">
        {t('mergeSummary', step.summary as unknown as Record<string, number>)}
      </p>
      {step.changes.length === 0 && !step.choiceChange && <p>{t('mergeNothing')}</p>}
      <ul className="merge-changes">
        {step.changes.map((change, i) => (
          <li key={i} className={`merge-change merge-change-${change.kind}`}>
            <span className="merge-change-kind">{t(LABELS[change.kind])}</span>{' '}
            {change.kind === 'added' ? (
              <ins>{text(change.after)}</ins>
            ) : change.kind === 'removed' ? (
              <del>{text(change.before)}</del>
            ) : (
              <WordDiff before={text(change.before)} after={text(change.after)} />
            )}
          </li>
        ))}
        {step.choiceChange && (
          <li className="merge-change">
            {t('choiceChange', {
              before: choiceText(step.choiceChange.before),
              after: choiceText(step.choiceChange.after),
            })}
          </li>
        )}
      </ul>
    </div>
  );
}
