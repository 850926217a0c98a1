import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Answer, Snapshot } from '../../shared/report/report-schema';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { addImage } from '../db/images-repo';
import { useI18n } from '../i18n/I18nProvider';
import { useAutosave } from './use-autosave';
import { useSidePanel } from './side-panel';
import { DocumentSections } from './DocumentSections';
import { HistoryPanel } from './HistoryPanel';
import { NavigationPane } from './NavigationPane';
import type { AnswerSummary } from './QuestionBlock';
import type { AnswerHandle } from '../editor/answer-handle';
import { SaveIndicator } from './SaveIndicator';
import type { MergeRecord } from '../../shared/report/merge-record';
import { pendingMerges } from '../../shared/merge/merge-answer';
import type { Contribution, Department } from '../../shared/report/organisation-schema';
import { departmentLooks, OriginContext } from '../editor/origin-context';
import { MergeAllPanel } from './MergeAllPanel';
import { MergePanel } from './MergePanel';
import { isOpen, type CommentAuthor } from '../../shared/review/comment-schema';
import { CommentsPanel } from '../review/CommentsPanel';
import { CommentsContext } from '../review/comments-context';
import { useDocumentComments } from '../review/use-document-comments';
import { CompareSelect } from '../compare/ComparePoints';
import { useComparison } from '../compare/use-comparison';
import { SearchBar } from '../search/SearchBar';
import { useSearch } from '../search/use-search';
import { useSearchKeys } from '../search/use-search-keys';
import { OriginLegend } from '../editor/OriginLegend';

/** What the document view needs: whose answers, the answers as loaded and each answer's newest version. */
export interface DocumentData {
  ownerId: string;
  answers: Answer[];
  versions: Snapshot[];
}

export interface DocumentApi {
  /** Writes pending changes now. */
  flush: () => Promise<void>;
  onError: (message: string) => void;
}

export interface DocumentViewProps {
  data: DocumentData;
  template: Template;
  /** The line in the bar at the top. */
  title: string;
  /** The report's data are stamped with their change time; a workspace's are not. */
  touchOwner: boolean;
  onHome: () => void;
  /** Shown above the first section (the header table, or the assignment's details). */
  renderHeader: (api: DocumentApi) => ReactNode;
  /** Shown after the last section (the signature block). */
  renderFooter?: (api: DocumentApi) => ReactNode;
  /** The departments' contributions and the answers' merge records, for the merge views (coordinator only); `reload` reads them again after a merge. */
  merge?: { contributions: Contribution[]; departments: Department[]; records: MergeRecord[]; reload: () => void };
  /** Receives the view's api (flush, errors) so other views can save pending edits first. */
  apiRef?: { current: DocumentApi | null };
  /** Who writes comments here (the coordinator, or the department's officer) and the departments' names. */
  review: { me: CommentAuthor; departments: ReadonlyMap<string, string> };
}

/** The document: navigation, sections with one editor per answer, autosave and history. */
export function DocumentView({
  data,
  template,
  title,
  touchOwner,
  onHome,
  renderHeader,
  renderFooter,
  merge,
  apiRef,
  review,
}: DocumentViewProps) {
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  const ownerId = data.ownerId;
  const fields = useMemo(() => listAnswerFields(template), [template]);
  const answers = useMemo(() => new Map(data.answers.map((a) => [a.questionId, a])), [data.answers]);
  const { queue, statusStore } = useAutosave({
    db,
    ownerId,
    answers: data.answers,
    versions: data.versions,
    touchOwner,
  });
  const { panel, openHistory, openMerge, openMergeAll, openComments, close } = useSidePanel();
  const [summaries, setSummaries] = useState<Record<string, AnswerSummary>>({});
  const [activeId, setActiveId] = useState<string>();
  const [showOrigin, setShowOrigin] = useState(false);
  const origins = useMemo(() => departmentLooks(merge?.departments ?? []), [merge?.departments]);
  // Departments whose newest revision of a question is not merged yet, per question, for the navigation pane.
  const waiting = useMemo(() => {
    const counts = new Map<string, number>();
    if (merge)
      for (const p of pendingMerges(data.answers, merge.records, merge.contributions, merge.departments))
        counts.set(p.questionId, (counts.get(p.questionId) ?? 0) + 1);
    return counts;
  }, [merge, data.answers]);
  const contributionCounts = useMemo(() => {
    const counts = new Map<string, Set<string>>();
    for (const c of merge?.contributions ?? [])
      for (const a of c.answers) counts.set(a.questionId, (counts.get(a.questionId) ?? new Set()).add(c.departmentId));
    return counts;
  }, [merge?.contributions]);
  const handles = useRef(new Map<string, AnswerHandle>());

  const onSummary = useCallback(
    (id: string, summary: AnswerSummary) =>
      setSummaries((all) =>
        all[id]?.empty === summary.empty &&
        all[id]?.status === summary.status &&
        all[id]?.conflicts === summary.conflicts
          ? all
          : { ...all, [id]: summary },
      ),
    [],
  );
  const onHandle = useCallback(
    (id: string, handle: AnswerHandle | null) =>
      handle ? handles.current.set(id, handle) : handles.current.delete(id),
    [],
  );
  const getHandle = useCallback((id: string) => handles.current.get(id), []);
  const onError = useCallback((message: string) => notify(message, { kind: 'error' }), [notify]);
  const storeImage = useCallback(
    (blob: Blob, name: string) => addImage(db, ownerId, blob, name, appDeps),
    [db, ownerId],
  );
  const flushQueue = useCallback(() => queue.flush(), [queue]);
  const comments = useDocumentComments({
    db,
    ownerId,
    me: review.me,
    getHandle,
    onOpen: openComments,
    onError,
    flush: flushQueue,
    refresh: merge?.contributions,
  });
  const openCommentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const thread of comments.threads)
      if (isOpen(thread)) counts.set(thread.questionId, (counts.get(thread.questionId) ?? 0) + 1);
    return counts;
  }, [comments.threads]);
  const api = useMemo<DocumentApi>(() => ({ flush: () => queue.flush(), onError }), [queue, onError]);
  const questionIds = useMemo(() => fields.map((f) => f.id), [fields]);
  const currentContent = useCallback(
    (id: string) => handles.current.get(id)?.current() ?? answers.get(id)?.content,
    [answers],
  );
  const comparison = useComparison({
    db,
    ownerId,
    questionIds,
    current: currentContent,
    flush: flushQueue,
    statusStore,
    activeId,
  });
  const screenRef = useRef<HTMLDivElement>(null);
  const search = useSearch({
    root: () => screenRef.current,
    questionIds,
    getHandle,
    saveVersion: (id, label) => queue.saveVersion(id, 'fore-ersattning', label, review.me.name),
    flush: flushQueue,
    saves: statusStore,
  });
  const searchFocus = useSearchKeys(screenRef, search);
  useEffect(() => {
    if (!apiRef) return;
    apiRef.current = api;
    return () => {
      if (apiRef.current === api) apiRef.current = null;
    };
  }, [api, apiRef]);

  return (
    <div className="report-screen" ref={screenRef}>
      <div className="report-bar">
        <button type="button" onClick={() => void queue.flush().then(onHome)}>
          ← {t('backToReports')}
        </button>
        <span className="report-bar-title">{title}</span>
        {merge && (
          <>
            <button type="button" aria-pressed={showOrigin} onClick={() => setShowOrigin(!showOrigin)}>
              {t('showOrigin')}
            </button>
            <button type="button" aria-expanded={panel?.kind === 'merge-all'} onClick={openMergeAll}>
              {t('mergeAll')}
            </button>
          </>
        )}
        <CompareSelect
          points={comparison.points}
          selected={comparison.selected}
          onSelect={(reason) => void comparison.select(reason).catch((e: unknown) => onError(String(e)))}
        />
        <button type="button" aria-expanded={panel?.kind === 'comments'} onClick={() => openComments(activeId ?? null)}>
          {t('commentsButton', { count: comments.threads.filter(isOpen).length })}
        </button>
        <SaveIndicator store={statusStore} />
      </div>
      {search.open && <SearchBar search={search} focusRequest={searchFocus} />}
      {showOrigin && <OriginLegend origins={origins} />}
      <OriginContext.Provider value={origins}>
        <CommentsContext.Provider value={comments.api}>
          <div className={`report-layout${panel ? ' with-history' : ''}${showOrigin ? ' show-origin' : ''}`}>
            <NavigationPane
              template={template}
              fields={fields}
              summaries={summaries}
              waiting={waiting}
              comments={openCommentCounts}
              changedWords={comparison.selected ? comparison.changedWords : undefined}
            />
            <article className="document" aria-label={t('documentLabel')}>
              {renderHeader(api)}
              <DocumentSections
                template={template}
                fields={fields}
                ctx={{
                  answers,
                  queue,
                  activeId,
                  onActivate: setActiveId,
                  onSummary,
                  onHandle,
                  onShowHistory: openHistory,
                  onShowMerge: openMerge,
                  contributionCounts,
                  storeImage,
                  onError,
                  comparison: comparison.byQuestion,
                }}
              />
              {renderFooter?.(api)}
            </article>
            {panel?.kind === 'history' && (
              <HistoryPanel
                key={panel.id}
                statusStore={statusStore}
                reportId={ownerId}
                questionId={panel.id}
                queue={queue}
                getHandle={getHandle}
                me={review.me.name}
                onClose={close}
              />
            )}
            {panel?.kind === 'merge' && merge && (
              <MergePanel
                key={panel.id}
                statusStore={statusStore}
                questionId={panel.id}
                ctx={{ db, reportId: ownerId, ...merge, getHandle, by: review.me.name }}
                onChanged={merge.reload}
                onClose={close}
              />
            )}
            {panel?.kind === 'comments' && (
              <CommentsPanel
                questionId={panel.id ?? undefined}
                threads={comments.threads}
                me={review.me}
                departments={review.departments}
                markedIn={(id) => handles.current.get(id)?.markedIds() ?? new Set()}
                draft={comments.draft}
                onSaveDraft={comments.saveDraft}
                onCancelDraft={comments.cancelDraft}
                onReply={comments.reply}
                onResolve={comments.resolve}
                onShow={comments.show}
                onClose={close}
              />
            )}
            {panel?.kind === 'merge-all' && merge && (
              <MergeAllPanel
                ctx={{ db, reportId: ownerId, ...merge, getHandle, by: review.me.name }}
                questionIds={fields.map((f) => f.id)}
                onChanged={merge.reload}
                onClose={close}
              />
            )}
          </div>
        </CommentsContext.Provider>
      </OriginContext.Provider>
    </div>
  );
}
