import { useMemo, useState } from 'react';
import { MAX_COMMENT_TEXT, isOpen, type CommentAuthor, type StoredComment } from '../../shared/review/comment-schema';
import { SidePanel } from '../components/SidePanel';
import { useI18n } from '../i18n/I18nProvider';

/*
 * The comments beside the document: the open question's threads or the whole report's,
 * filtered (open, resolved, mine, all; per department). A thread shows what it is on
 * (the marked words, the whole question, or that its words were deleted), the replies,
 * a reply field, resolve/reopen and "Visa i texten", which selects its words.
 */

export type CommentFilter = 'open' | 'resolved' | 'mine' | 'all';

/** A new comment waiting for its text: on which question, and the words (null: the whole question). */
export interface CommentDraft {
  questionId: string;
  quote: string | null;
}

export interface CommentsPanelProps {
  questionId: string | undefined;
  threads: readonly StoredComment[];
  me: CommentAuthor;
  departments: ReadonlyMap<string, string>;
  /** The comment ids marked in an answer now (to tell "texten är borttagen"). */
  markedIn: (questionId: string) => ReadonlySet<string>;
  draft: CommentDraft | null;
  onSaveDraft: (text: string) => Promise<void>;
  onCancelDraft: () => void;
  onReply: (thread: StoredComment, text: string) => Promise<void>;
  onResolve: (thread: StoredComment, resolved: boolean) => Promise<void>;
  onShow: (thread: StoredComment) => void;
  onClose: () => void;
}

function when(time: string): string {
  return time.slice(0, 16).replace('T', ' ');
}

function CommentForm({
  label,
  submit,
  onSubmit,
  onCancel,
}: {
  label: string;
  submit: string;
  onSubmit: (text: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const send = async () => {
    if (text.trim() === '') return setProblem(t('commentEmpty'));
    if (text.length > MAX_COMMENT_TEXT) return setProblem(t('commentTooLong', { max: MAX_COMMENT_TEXT }));
    await onSubmit(text.trim());
    setText('');
    setProblem(undefined);
  };
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label>
        {label}
        <textarea
          rows={3}
          value={text}
          maxLength={MAX_COMMENT_TEXT}
          onChange={(e) => setText(e.target.value)}
          autoFocus={onCancel !== undefined}
          aria-invalid={problem ? true : undefined}
        />
      </label>
      {problem && <p role="alert">{problem}</p>}
      <div className="actions">
        <button type="submit">{submit}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancelComment')}
          </button>
        )}
      </div>
    </form>
  );
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { t } = useI18n();
  const { me, departments } = props;
  const [scope, setScope] = useState<'question' | 'report'>(props.questionId ? 'question' : 'report');
  const [filter, setFilter] = useState<CommentFilter>('open');
  const [department, setDepartment] = useState('');
  const who = (author: CommentAuthor) =>
    `${author.name} (${author.departmentId === null ? t('coordinatorRole') : (departments.get(author.departmentId) ?? t('unknownDepartment'))})`;
  const mine = (thread: StoredComment) =>
    thread.author.name === me.name && thread.author.departmentId === me.departmentId;
  const shown = useMemo(
    () =>
      props.threads.filter((thread) => {
        if (scope === 'question' && thread.questionId !== props.questionId) return false;
        if (filter === 'open' && !isOpen(thread)) return false;
        if (filter === 'resolved' && isOpen(thread)) return false;
        if (filter === 'mine' && !mine(thread)) return false;
        if (department === 'samordnare') return thread.author.departmentId === null;
        return department === '' || thread.author.departmentId === department;
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `mine` reads only `me`
    [props.threads, scope, filter, department, props.questionId, me],
  );
  return (
    <SidePanel
      headingId="kommentarer-rubrik"
      title={t('commentsHeading')}
      closeLabel={t('closeComments')}
      onClose={props.onClose}
      className="comments-panel"
    >
      <div className="comment-filters">
        <label>
          {t('commentScope')}{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value as 'question' | 'report')}>
            {props.questionId && (
              <option value="question">{t('commentScopeQuestion', { id: props.questionId })}</option>
            )}
            <option value="report">{t('commentScopeReport')}</option>
          </select>
        </label>
        <label>
          {t('commentFilter')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as CommentFilter)}>
            <option value="open">{t('commentFilterOpen')}</option>
            <option value="resolved">{t('commentFilterResolved')}</option>
            <option value="mine">{t('commentFilterMine')}</option>
            <option value="all">{t('commentFilterAll')}</option>
          </select>
        </label>
        <label>
          {t('commentDepartment')}{' '}
          <select value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">{t('commentAllDepartments')}</option>
            <option value="samordnare">{t('coordinatorRole')}</option>
            {[...departments].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {props.draft && (
        <section
          className="comment-draft"
          aria-label={
            props.draft.quote
              ? t('newCommentOn', { quote: props.draft.quote })
              : t('newCommentQuestion', { id: props.draft.questionId })
          }
        >
          <p>
            {props.draft.quote
              ? t('newCommentOn', { quote: props.draft.quote.slice(0, 80) })
              : t('newCommentQuestion', { id: props.draft.questionId })}
          </p>
          <CommentForm
            label={t('commentText')}
            submit={t('saveComment')}
            onSubmit={props.onSaveDraft}
            onCancel={props.onCancelDraft}
          />
        </section>
      )}
      {!props.draft && <p className="hint">{t('addCommentHint')}</p>}
      {shown.length === 0 && <p>{t('noComments')}</p>}
      <ol className="comment-list">
        {shown.map((thread) => {
          const detached = thread.anchor !== null && !props.markedIn(thread.questionId).has(thread.id);
          return (
            <li key={thread.id}>
              <article
                className={`comment-thread${isOpen(thread) ? '' : ' is-resolved'}`}
                aria-label={t('commentThreadLabel', { name: thread.author.name, id: thread.questionId })}
              >
                <p className="comment-on">
                  <span className="question-id">{thread.questionId}</span>{' '}
                  {thread.anchor === null ? t('commentWholeQuestion') : <q>{thread.anchor.quote.slice(0, 120)}</q>}
                  {detached && <strong className="comment-detached"> – {t('commentTextRemoved')}</strong>}
                </p>
                <p className="comment-meta">
                  {who(thread.author)} · {when(thread.createdAt)}
                </p>
                <p className="comment-text">{thread.text}</p>
                {thread.replies.length > 0 && (
                  <ol className="comment-replies">
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <p className="comment-meta">
                          {who(reply.author)} · {when(reply.createdAt)}
                        </p>
                        <p className="comment-text">{reply.text}</p>
                      </li>
                    ))}
                  </ol>
                )}
                {thread.resolution?.resolved && (
                  <p className="comment-meta">
                    {t('commentResolvedBy', { name: thread.resolution.by, time: when(thread.resolution.at) })}
                  </p>
                )}
                <div className="actions">
                  {thread.anchor !== null && !detached && (
                    <button type="button" onClick={() => props.onShow(thread)}>
                      {t('showInText')}
                    </button>
                  )}
                  <button type="button" onClick={() => void props.onResolve(thread, isOpen(thread))}>
                    {isOpen(thread) ? t('resolveComment') : t('reopenComment')}
                  </button>
                </div>
                <CommentForm
                  label={t('replyText', { name: thread.author.name })}
                  submit={t('sendReply')}
                  onSubmit={(text) => props.onReply(thread, text)}
                />
              </article>
            </li>
          );
        })}
      </ol>
    </SidePanel>
  );
}
