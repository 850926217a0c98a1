import { useState } from 'react';
import { pendingMerges } from '../../shared/merge/merge-answer';
import type { Answer } from '../../shared/report/report-schema';
import { useNotice } from '../components/Notice';
import { SidePanel } from '../components/SidePanel';
import { useI18n } from '../i18n/I18nProvider';
import { planMerges, requestsFor, runMerges, type MergeContext } from './merge-actions';
import { MergePreview } from './MergePreview';

/*
 * "Sammanfoga alla": every department's newest revision that is not merged yet, in every
 * question, through the same merge step as the panel of one question. What each merge
 * will do is shown first; after it ran, one "Ångra" puts every answer and merge record
 * back as they were.
 */

/**
 * The notice's "Ångra", made outside the panel: a closure made in the panel would keep the
 * panel's whole plan (every merge's steps and preview) for as long as the notice is there.
 */
function undoAction(
  label: string,
  undo: () => Promise<void>,
  onChanged: () => void,
  notify: (text: string) => void,
  undone: string,
) {
  return {
    label,
    run: () =>
      void undo().then(() => {
        onChanged();
        notify(undone);
      }),
  };
}

/** The plan of all waiting merges, and the button that runs them. */
export function MergeAllPanel(props: {
  ctx: MergeContext;
  questionIds: readonly string[];
  onChanged: () => void;
  onClose: () => void;
}) {
  const { ctx, questionIds, onChanged, onClose } = props;
  const { t } = useI18n();
  const { notify } = useNotice();
  // Planned once, when the panel opens: the answers and records as they are then.
  const [plan] = useState(() => {
    const answers = questionIds.flatMap((q) => {
      const answer = ctx.getHandle(q)?.currentAnswer();
      return answer ? [answer] : ([] as Answer[]);
    });
    const requests = requestsFor(pendingMerges(answers, ctx.records, ctx.contributions, ctx.departments));
    return { requests, merges: planMerges(ctx, requests).merges };
  });
  const names = new Map(ctx.departments.map((d) => [d.id, d.name]));
  const run = () => {
    runMerges(ctx, plan.requests)
      .then(({ merged, undo }) => {
        onChanged();
        onClose();
        notify(t('mergeAllDone', { count: merged }), {
          action: undoAction(t('undo'), undo, onChanged, notify, t('mergeAllUndone')),
        });
      })
      .catch((error: unknown) =>
        notify(t('mergeFailed', { message: error instanceof Error ? error.message : String(error) }), {
          kind: 'error',
        }),
      );
  };
  return (
    <SidePanel
      headingId="sammanfoga-alla-rubrik"
      title={t('mergeAllHeading')}
      closeLabel={t('closeMerge')}
      onClose={onClose}
      className="merge-panel"
    >
      {plan.merges.length === 0 ? (
        <p>{t('mergeAllNone')}</p>
      ) : (
        <>
          <p>{t('mergeAllIntro')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={run}>
              {t('mergeAllRun', { count: plan.merges.length })}
            </button>
          </div>
          {plan.merges.map((m) => (
            <section
              key={`${m.request.questionId}/${m.record.departmentId}`}
              className="merge-department"
              aria-label={t('mergeAllItem', {
                question: m.request.questionId,
                department: names.get(m.record.departmentId) ?? '',
                revision: m.record.revision,
              })}
            >
              <h3>
                {t('mergeAllItem', {
                  question: m.request.questionId,
                  department: names.get(m.record.departmentId) ?? '',
                  revision: m.record.revision,
                })}
              </h3>
              <MergePreview step={m.step} />
            </section>
          ))}
        </>
      )}
    </SidePanel>
  );
}
