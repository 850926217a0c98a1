import { useMemo, useState } from 'react';
import { resolveChoice } from '../../shared/merge/choice-merge';
import { latestContribution, stateFor } from '../../shared/merge/merge-answer';
import { findRecord, type MergeRecord } from '../../shared/report/merge-record';
import type { Contribution, Department } from '../../shared/report/organisation-schema';
import { blockLines } from '../../shared/report/rich-text-plain';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useNotice } from '../components/Notice';
import { SidePanel } from '../components/SidePanel';
import { writeMerge } from '../db/merge-repo';
import { useI18n } from '../i18n/I18nProvider';
import { useSavedAt, type SaveStatusStore } from '../app/save-status-store';
import { planMerges, runMerges, type MergeContext, type MergeRequest } from './merge-actions';
import { MergePreview, useChoiceText } from './MergePreview';
import { diffAnswer } from '../../shared/compare/answer-diff';
import { DiffView } from '../compare/DiffView';

/*
 * The contributions received for one question, next to the answer being written. A
 * department's first revision is inserted (all of it, or picked blocks, optionally under
 * a sub-heading); a newer revision shows what the merge would change, word by word,
 * before it is accepted. Both go through the one merge step (shared/merge) and can be
 * undone. An open choice conflict (Ja/Nej, basis) is decided here.
 */

interface DepartmentState {
  department: Department;
  latest: Contribution;
  merged: number | undefined;
  record: MergeRecord | undefined;
}

interface FormProps {
  state: DepartmentState;
  questionId: string;
  merge: (request: MergeRequest, message: string) => void;
}

function InsertForm({ state, questionId, merge }: FormProps) {
  const { t } = useI18n();
  const answer = state.latest.answers.find((a) => a.questionId === questionId);
  const blocks = (answer?.content.root.children ?? []).filter(
    (b) => b.type !== 'conflict' && blockLines(b).join('').trim() !== '',
  );
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [heading, setHeading] = useState('');
  const insert = (blockIds?: string[]) =>
    merge(
      { questionId, contribution: state.latest, insert: { heading, blockIds } },
      t('mergeInserted', { department: state.department.name, revision: state.latest.revision }),
    );
  return (
    <>
      <ul className="merge-blocks">
        {blocks.map((block) => {
          const id = block.$?.blockId ?? '';
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.has(id)}
                  onChange={(e) => {
                    const next = new Set(picked);
                    if (e.target.checked) next.add(id);
                    else next.delete(id);
                    setPicked(next);
                  }}
                />{' '}
                {blockLines(block).join(' / ')}
              </label>
            </li>
          );
        })}
      </ul>
      <label className="merge-heading">
        {t('mergeSubheading')}{' '}
        <input
          type="text"
          value={heading}
          placeholder={t('mergeSubheadingExample')}
          onChange={(e) => setHeading(e.target.value)}
        />
      </label>
      <div className="actions">
        <button type="button" className="primary" onClick={() => insert()}>
          {t('mergeInsertAll', { department: state.department.name })}
        </button>
        <button type="button" disabled={picked.size === 0} onClick={() => insert([...picked])}>
          {t('mergeInsertPicked', { count: picked.size })}
        </button>
      </div>
    </>
  );
}

function UpdateForm({ state, questionId, merge, ctx }: FormProps & { ctx: MergeContext }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const request: MergeRequest = { questionId, contribution: state.latest };
  const preview = open ? planMerges(ctx, [request]).merges[0] : undefined;
  return (
    <>
      <p>{t('mergeNewRevision', { revision: state.latest.revision, merged: state.merged ?? 0 })}</p>
      {!open ? (
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          {t('mergeShowUpdate')}
        </button>
      ) : (
        <>
          {preview && <MergePreview step={preview.step} />}
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                merge(
                  request,
                  t('mergeUpdated', { department: state.department.name, revision: state.latest.revision }),
                )
              }
            >
              {t('mergeAccept')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

function ChoiceConflict({
  state,
  ctx,
  questionId,
  onChanged,
}: {
  state: DepartmentState;
  ctx: MergeContext;
  questionId: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { notify } = useNotice();
  const choiceText = useChoiceText();
  const record = state.record!;
  const handle = ctx.getHandle(questionId);
  const answer = handle?.currentAnswer();
  if (!record.choiceConflict || !answer || !handle) return null;
  const decide = (choice: 'mine' | 'theirs') => {
    const next = {
      ...answer,
      ...resolveChoice(answer, record.choiceConflict!, choice),
      updatedAt: appDeps.now().toISOString(),
    };
    writeMerge(ctx.db, ctx.reportId, {
      answers: [next],
      records: [{ ...record, choiceConflict: null, updatedAt: next.updatedAt }],
    })
      .then(() => {
        handle.apply(next);
        notify(t('choiceResolved'));
        onChanged();
      })
      .catch((error: unknown) =>
        notify(t('mergeFailed', { message: error instanceof Error ? error.message : String(error) }), {
          kind: 'error',
        }),
      );
  };
  return (
    <div className="merge-choice-conflict" role="group" aria-label={t('choiceConflictTitle')}>
      <p className="conflict-title">{t('choiceConflictTitle')}</p>
      <p>
        {t('choiceConflictText', {
          mine: choiceText(answer),
          department: state.department.name,
          theirs: choiceText(record.choiceConflict),
        })}
      </p>
      <div className="actions">
        <button type="button" onClick={() => decide('mine')}>
          {t('keepMyChoice')}
        </button>
        <button type="button" onClick={() => decide('theirs')}>
          {t('takeTheirChoice', { department: state.department.name })}
        </button>
      </div>
    </div>
  );
}

/** What the department changed between its previous revision and its newest, word by word. */
function RevisionComparison({
  contributions,
  latest,
  questionId,
}: {
  contributions: readonly Contribution[];
  latest: Contribution;
  questionId: string;
}) {
  const { t } = useI18n();
  const previous = contributions
    .filter(
      (c) =>
        c.departmentId === latest.departmentId &&
        c.revision < latest.revision &&
        c.answers.some((a) => a.questionId === questionId),
    )
    .sort((a, b) => b.revision - a.revision)[0];
  if (!previous) return null;
  const before = previous.answers.find((a) => a.questionId === questionId)!.content;
  const after = latest.answers.find((a) => a.questionId === questionId)?.content;
  return (
    <details className="revision-comparison">
      <summary>{t('compareRevisions', { from: previous.revision, to: latest.revision })}</summary>
      <DiffView changes={diffAnswer(before, after)} />
    </details>
  );
}

/** The merge view of one question. */
export function MergePanel(props: {
  questionId: string;
  ctx: MergeContext;
  statusStore: SaveStatusStore;
  onChanged: () => void;
  onClose: () => void;
}) {
  const savedAt = useSavedAt(props.statusStore);
  const { questionId, ctx, onClose, onChanged } = props;
  const { t } = useI18n();
  const { notify } = useNotice();
  // Re-read the answer after every autosave, so the states below follow the editor.
  const current = useMemo(
    () => ctx.getHandle(questionId)?.currentAnswer(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the records and the save time say when to read again
    [ctx.getHandle, ctx.records, questionId, savedAt],
  );
  const states: DepartmentState[] = ctx.departments.flatMap((department) => {
    const latest = latestContribution(ctx.contributions, department.id, questionId);
    if (!latest || !current) return [];
    const record = findRecord(ctx.records, questionId, department.id);
    return [
      { department, latest, record, merged: stateFor(current, record, department.id, ctx.contributions)?.revision },
    ];
  });
  const merge = (request: MergeRequest, message: string) => {
    runMerges(ctx, [request])
      .then(({ merged, undo }) => {
        onChanged();
        if (merged > 0) notify(message, { action: { label: t('undo'), run: () => void undo().then(onChanged) } });
      })
      .catch((error: unknown) =>
        notify(t('mergeFailed', { message: error instanceof Error ? error.message : String(error) }), {
          kind: 'error',
        }),
      );
  };
  return (
    <SidePanel
      headingId="sammanfoga-rubrik"
      title={t('mergeHeading', { id: questionId })}
      closeLabel={t('closeMerge')}
      onClose={onClose}
      className="merge-panel"
    >
      {states.length === 0 && <p>{t('mergeNone')}</p>}
      {states.map((state) => (
        <section
          key={state.department.id}
          className="merge-department"
          aria-label={`${state.department.name}, ${t('revisionShort', { revision: state.latest.revision })}`}
        >
          <h3>
            {state.department.name} · {t('revisionShort', { revision: state.latest.revision })}
          </h3>
          <p className="template-meta">
            {formatDate(state.latest.createdAt)} · {state.latest.author}
          </p>
          {state.merged === undefined && <InsertForm state={state} questionId={questionId} merge={merge} />}
          {state.merged !== undefined && state.merged < state.latest.revision && (
            <UpdateForm key={state.latest.revision} state={state} questionId={questionId} merge={merge} ctx={ctx} />
          )}
          {state.merged !== undefined && state.merged >= state.latest.revision && (
            <p>{t('mergeDone', { revision: state.merged })}</p>
          )}
          {state.record?.choiceConflict && (
            <ChoiceConflict state={state} ctx={ctx} questionId={questionId} onChanged={onChanged} />
          )}
          <RevisionComparison contributions={ctx.contributions} latest={state.latest} questionId={questionId} />
        </section>
      ))}
    </SidePanel>
  );
}
