import { useMemo, useState } from 'react';
import { insertContribution, latestContribution } from '../../shared/merge/insert-contribution';
import { mergedRevision, mergeRevision, type MergeResult } from '../../shared/merge/three-way';
import type { RichText } from '../../shared/report/content-schema';
import type { Contribution, Department } from '../../shared/report/organisation-schema';
import { blockLines } from '../../shared/text/rich-text-plain';
import { appDeps, formatDate } from '../app/deps';
import { useNotice } from '../components/Notice';
import { SidePanel } from '../components/SidePanel';
import { useI18n } from '../i18n/I18nProvider';
import type { AnswerHandle } from '../report/QuestionBlock';
import { useSavedAt, type SaveStatusStore } from '../report/save-status-store';

/*
 * The contributions received for one question, next to the answer being written: insert
 * a department's text (all of it, or picked blocks, optionally under a sub-heading), and
 * when a newer revision arrives, see what the three-way update would change before
 * accepting it.
 */

interface DepartmentState {
  department: Department;
  latest: Contribution;
  merged: number | undefined;
}

function InsertForm({ state, questionId, apply }: { state: DepartmentState; questionId: string; apply: (change: (current: RichText) => RichText, message: string) => void }) {
  const { t } = useI18n();
  const answer = state.latest.answers.find((a) => a.questionId === questionId);
  const blocks = (answer?.content.root.children ?? []).filter((b) => b.type !== 'conflict' && blockLines(b).join('').trim() !== '');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [heading, setHeading] = useState('');
  const insert = (blockIds?: string[]) =>
    apply(
      (current) => insertContribution(current, state.latest, questionId, { heading, newId: appDeps.newId, ...(blockIds && { blockIds }) }),
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
        {t('mergeSubheading')} <input type="text" value={heading} placeholder={t('mergeSubheadingExample')} onChange={(e) => setHeading(e.target.value)} />
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

function UpdateForm({ state, contributions, questionId, current, apply }: { state: DepartmentState; contributions: Contribution[]; questionId: string; current: RichText; apply: (change: (current: RichText) => RichText, message: string) => void }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<MergeResult>();
  const base = contributions.find((c) => c.departmentId === state.department.id && c.revision === state.merged);
  const run = (content: RichText) =>
    mergeRevision(content, base?.answers.find((a) => a.questionId === questionId)?.content, state.latest.answers.find((a) => a.questionId === questionId)?.content, {
      departmentId: state.department.id,
      revision: state.latest.revision,
      newId: appDeps.newId,
    });
  return (
    <>
      <p>{t('mergeNewRevision', { revision: state.latest.revision, merged: state.merged ?? 0 })}</p>
      {!preview ? (
        <button type="button" className="primary" onClick={() => setPreview(run(current))}>
          {t('mergeShowUpdate')}
        </button>
      ) : (
        <>
          <p className="merge-summary" role="status">
            {t('mergeSummary', preview.summary as unknown as Record<string, number>)}
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => apply((latest) => run(latest).content, t('mergeUpdated', { department: state.department.name, revision: state.latest.revision }))}>
              {t('mergeAccept')}
            </button>
            <button type="button" onClick={() => setPreview(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

/** The merge view of one question. */
export function MergePanel(props: { questionId: string; contributions: Contribution[]; departments: Department[]; getHandle: (id: string) => AnswerHandle | undefined; statusStore: SaveStatusStore; onClose: () => void }) {
  const savedAt = useSavedAt(props.statusStore);
  const { questionId, contributions, departments, getHandle, onClose } = props;
  const { t } = useI18n();
  const { notify } = useNotice();
  // Re-read the answer after every autosave, so the states below follow the editor.
  const current = useMemo(() => getHandle(questionId)?.current(), [getHandle, questionId, savedAt]); // eslint-disable-line react-hooks/exhaustive-deps
  const states: DepartmentState[] = departments.flatMap((department) => {
    const latest = latestContribution(contributions, department.id, questionId);
    return latest ? [{ department, latest, merged: current ? mergedRevision(current, department.id) : undefined }] : [];
  });
  const apply = (change: (content: RichText) => RichText, message: string) => {
    const handle = getHandle(questionId);
    if (!handle) return;
    handle.replace(change(handle.current()));
    notify(message, { action: { label: t('undo'), run: () => handle.undo() } });
  };
  return (
    <SidePanel headingId="sammanfoga-rubrik" title={t('mergeHeading', { id: questionId })} closeLabel={t('closeMerge')} onClose={onClose} className="merge-panel">
      {states.length === 0 && <p>{t('mergeNone')}</p>}
      {states.map((state) => (
        <section key={state.department.id} className="merge-department" aria-label={`${state.department.name}, ${t('revisionShort', { revision: state.latest.revision })}`}>
          <h3>
            {state.department.name} · {t('revisionShort', { revision: state.latest.revision })}
          </h3>
          <p className="template-meta">
            {formatDate(state.latest.createdAt)} · {state.latest.author}
          </p>
          {state.merged === undefined && <InsertForm state={state} questionId={questionId} apply={apply} />}
          {state.merged !== undefined && state.merged < state.latest.revision && current && (
            <UpdateForm state={state} contributions={contributions} questionId={questionId} current={current} apply={apply} />
          )}
          {state.merged !== undefined && state.merged >= state.latest.revision && <p>{t('mergeDone', { revision: state.merged })}</p>}
        </section>
      ))}
    </SidePanel>
  );
}
