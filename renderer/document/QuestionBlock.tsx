import { UNDO_COMMAND, type EditorState, type LexicalEditor } from 'lexical';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RichText } from '../../shared/report/content-schema';
import type { Answer, AnswerStatus, YesNo } from '../../shared/report/report-schema';
import type { AnswerField } from '../../shared/template/answer-fields';
import { appDeps } from '../app/deps';
import { AnswerEditor } from '../editor/AnswerEditor';
import { replaceContent } from '../editor/replace-content';
import {
  ADD_COMMENT_COMMAND,
  markedCommentIds,
  selectComment,
  wrapComment,
  type PendingAnchor,
} from '../editor/plugins/CommentPlugin';
import { useComments } from '../review/comments-context';
import type { TextStats } from '../editor/plugins/ChangePlugin';
import type { StoreImage } from '../editor/plugins/PastePlugin';
import { useI18n } from '../i18n/I18nProvider';
import type { AutosaveQueue } from './autosave-queue';
import type { AnswerHandle } from '../editor/answer-handle';
import { AnswerComparison } from '../compare/ComparePoints';
import type { QuestionComparison } from '../compare/use-comparison';

/** What the navigation pane needs to know of an answer. */
export interface AnswerSummary {
  empty: boolean;
  status: AnswerStatus;
  /** Open merge conflicts in the answer. */
  conflicts: number;
}

export interface QuestionBlockProps {
  field: AnswerField;
  answer: Answer;
  basisOptions: string[];
  queue: AutosaveQueue;
  active: boolean;
  onActivate: (id: string) => void;
  onSummary: (id: string, summary: AnswerSummary) => void;
  onHandle: (id: string, handle: AnswerHandle | null) => void;
  onShowHistory: (id: string) => void;
  /** Departments' contributions received for this question. */
  contributionCount: number;
  onShowMerge: (id: string) => void;
  storeImage: StoreImage;
  onError: (message: string) => void;
  /** The answer's changes since the chosen comparison point, when comparing. */
  comparison?: QuestionComparison | undefined;
}

/** One question of the document: its fixed text and footnote, the answer editor, the kind's choices and the status. */
export const QuestionBlock = memo(function QuestionBlock(props: QuestionBlockProps) {
  const { field, answer, queue, onSummary, onHandle, onActivate, onShowHistory, storeImage, onError } = props;
  const { t } = useI18n();
  const [choice, setChoice] = useState<YesNo>(answer.choice);
  const [basis, setBasis] = useState<string[]>(answer.basis);
  const [status, setStatus] = useState<AnswerStatus>(answer.status);
  const [stats, setStats] = useState<TextStats>({ characters: 0, words: 0, empty: true, conflicts: 0 });
  const latest = useRef({ content: answer.content as RichText | EditorState, choice, basis, status });
  const editorRef = useRef<LexicalEditor | null>(null);

  // The editor's newest state is serialized only here, when someone needs the content.
  const currentContent = useCallback((): RichText => {
    const { content } = latest.current;
    return 'toJSON' in content ? (content.toJSON() as unknown as RichText) : content;
  }, []);

  const markDirty = useCallback(() => {
    queue.markDirty(field.id, () => {
      const { choice: c, basis: b, status: s } = latest.current;
      return {
        ...answer,
        content: currentContent(),
        choice: c,
        basis: b,
        status: s,
        updatedAt: appDeps.now().toISOString(),
      };
    });
  }, [queue, field.id, answer, currentContent]);

  const onChange = useCallback(
    (state: EditorState) => {
      latest.current.content = state;
      markDirty();
    },
    [markDirty],
  );
  const update = (change: Partial<Pick<Answer, 'choice' | 'basis' | 'status'>>) => {
    latest.current = { ...latest.current, ...change };
    if (change.choice !== undefined) setChoice(change.choice);
    if (change.basis !== undefined) setBasis(change.basis);
    if (change.status !== undefined) setStatus(change.status);
    markDirty();
  };

  useEffect(
    () => onSummary(field.id, { empty: stats.empty, status, conflicts: stats.conflicts }),
    [field.id, onSummary, stats.empty, status, stats.conflicts],
  );
  useEffect(() => {
    onHandle(field.id, {
      restore: (snapshot) => {
        if (editorRef.current) replaceContent(editorRef.current, snapshot.content);
        update({ choice: snapshot.choice, basis: snapshot.basis });
      },
      replace: (content) => {
        if (editorRef.current) replaceContent(editorRef.current, content);
      },
      apply: (next) => {
        if (editorRef.current) replaceContent(editorRef.current, next.content);
        update({ choice: next.choice, basis: next.basis, status: next.status });
      },
      undo: () => editorRef.current?.dispatchCommand(UNDO_COMMAND, undefined),
      current: currentContent,
      currentAnswer: () => {
        const { choice: c, basis: b, status: s } = latest.current;
        return { ...answer, content: currentContent(), choice: c, basis: b, status: s };
      },
      wrapComment: (selection, id) => (editorRef.current ? wrapComment(editorRef.current, selection, id) : false),
      selectComment: (id) => (editorRef.current ? selectComment(editorRef.current, id) : false),
      markedIds: () => (editorRef.current ? markedCommentIds(editorRef.current) : new Set()),
      editor: () => editorRef.current,
    });
    return () => onHandle(field.id, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- update only touches refs and state setters
  }, [field.id, onHandle, currentContent]);

  // An answer with an open conflict cannot be done.
  const onStats = useCallback(
    (next: TextStats) => {
      setStats(next);
      if (next.conflicts > 0 && latest.current.status === 'klar') {
        latest.current = { ...latest.current, status: 'utkast' };
        setStatus('utkast');
        markDirty();
      }
    },
    [markDirty],
  );

  const onEditor = useCallback((editor: LexicalEditor | null) => {
    editorRef.current = editor;
  }, []);
  const flush = useCallback(() => void queue.flush(), [queue]);
  const comments = useComments();
  const commentHooks = useMemo(
    () =>
      comments && {
        onRequest: (anchor: PendingAnchor) => comments.request(field.id, anchor),
        known: () => comments.known(field.id),
      },
    [comments, field.id],
  );
  const openComments = comments?.openCount(field.id) ?? 0;
  const questionTextId = `fraga-text-${field.id}`;

  return (
    <div
      className={`question-block${props.active ? ' is-active' : ''}`}
      id={`svar-${field.id}`}
      onFocusCapture={(event) => {
        // Only the editor (and its toolbar) activates the answer: the toolbar appearing above it
        // would otherwise shift the buttons below between a click's press and release.
        if ((event.target as HTMLElement).closest('.answer-editor')) onActivate(field.id);
      }}
    >
      <h3 className="question-heading" id={questionTextId}>
        <span className="question-id">{field.id}</span> {field.text}
        {field.footnote && (
          <sup className="footnote-mark">
            <a href={`#fotnot-${field.id}`} aria-label={t('footnote', { number: field.footnote.number })}>
              {field.footnote.number}
            </a>
          </sup>
        )}
      </h3>
      {field.kind === 'yesno' && (
        <fieldset className="yesno">
          <legend className="visually-hidden">{t('yesNoLegend', { id: field.id })}</legend>
          {(['ja', 'nej'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`val-${field.id}`}
                checked={choice === value}
                onChange={() => update({ choice: value })}
                aria-label={`${value === 'ja' ? 'Ja' : 'Nej'} ${field.id}`}
              />
              {value === 'ja' ? t('yes') : t('no')}
            </label>
          ))}
          <p className="instruction">{field.instruction}</p>
        </fieldset>
      )}
      {field.kind === 'effect' && (
        <fieldset className="basis">
          <legend>{t('basisLegend')}</legend>
          {props.basisOptions.map((option) => (
            <label key={option}>
              <input
                type="checkbox"
                checked={basis.includes(option)}
                aria-label={t('basisOption', { option, id: field.id })}
                onChange={(event) =>
                  update({ basis: event.target.checked ? [...basis, option] : basis.filter((b) => b !== option) })
                }
              />
              {option}
            </label>
          ))}
        </fieldset>
      )}
      <AnswerEditor
        questionId={field.id}
        initialContent={answer.content}
        active={props.active}
        describedBy={questionTextId}
        onChange={onChange}
        onStats={onStats}
        onBlur={flush}
        onEditor={onEditor}
        storeImage={storeImage}
        onError={onError}
        comments={commentHooks ?? undefined}
      />
      {props.comparison && <AnswerComparison questionId={field.id} comparison={props.comparison} />}
      <div className="answer-foot">
        <span className="counts" aria-live="off">
          {t('counts', { characters: stats.characters, words: stats.words })}
        </span>
        {stats.conflicts > 0 && (
          <span className="conflict-count" id={`konflikter-${field.id}`}>
            {t('openConflicts', { count: stats.conflicts })}
          </span>
        )}
        <label className="status-toggle">
          <input
            type="checkbox"
            checked={status === 'klar'}
            disabled={stats.conflicts > 0}
            aria-describedby={stats.conflicts > 0 ? `konflikter-${field.id}` : undefined}
            onChange={(event) => update({ status: event.target.checked ? 'klar' : 'utkast' })}
          />
          {t('markDone', { id: field.id })}
        </label>
        {props.contributionCount > 0 && (
          <button type="button" className="link-button" onClick={() => props.onShowMerge(field.id)}>
            {t('contributionsFor', { count: props.contributionCount })}
          </button>
        )}
        {comments && (
          <>
            <button
              type="button"
              className="link-button"
              onClick={() => editorRef.current?.dispatchCommand(ADD_COMMENT_COMMAND, undefined)}
              aria-keyshortcuts="Control+Alt+M"
            >
              {t('addComment')} <span className="visually-hidden">{field.id}</span>
            </button>
            <button type="button" className="link-button" onClick={() => comments.open(field.id)}>
              {t('commentsButton', { count: openComments })} <span className="visually-hidden">{field.id}</span>
            </button>
          </>
        )}
        <button type="button" className="link-button" onClick={() => onShowHistory(field.id)}>
          {t('historyFor', { id: field.id })}
        </button>
      </div>
      {field.footnote && (
        <p className="footnote" id={`fotnot-${field.id}`}>
          <sup>{field.footnote.number}</sup> {field.footnote.text}
        </p>
      )}
    </div>
  );
});
