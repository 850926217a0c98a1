import { useCallback, useState } from 'react';
import type { Snapshot, SnapshotReason } from '../../shared/report/report-schema';
import { richTextToPlain } from '../../shared/text/rich-text-plain';
import { diffWords } from '../../shared/text/word-diff';
import { formatDate } from '../app/deps';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { listVersions } from '../db/answers-repo';
import { useDb } from '../db/DbProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { AutosaveQueue } from './autosave-queue';
import type { AnswerHandle } from './QuestionBlock';

const REASON: Record<SnapshotReason, MessageKey> = {
  paus: 'reasonPause',
  'stor-andring': 'reasonLarge',
  'fore-aterstallning': 'reasonBeforeRestore',
};

/** The versions of one answer: when, why, what differs from the text now, and restore (itself undoable). */
export function HistoryPanel({ reportId, questionId, queue, handle, onClose }: { reportId: string; questionId: string; queue: AutosaveQueue; handle: AnswerHandle | undefined; onClose: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  const load = useCallback(() => queue.flush().then(() => listVersions(db, reportId, questionId)), [db, queue, reportId, questionId]);
  const { value: versions, reload } = useLoaded(load);
  const [selectedId, setSelectedId] = useState<number>();
  const selected = versions?.find((v) => v.id === selectedId) ?? versions?.[0];
  const currentText = handle ? richTextToPlain(handle.current()) : '';

  const saveNow = async () => {
    const saved = await queue.saveVersion(questionId, 'paus');
    notify(saved ? t('versionSaved') : t('versionUnchanged'));
    reload();
  };

  const restore = async (version: Snapshot) => {
    if (!handle) return;
    await queue.saveVersion(questionId, 'fore-aterstallning');
    handle.restore(version);
    await queue.flush();
    notify(t('versionRestored', { time: formatDate(version.createdAt, true) }), { action: { label: t('undo'), run: () => handle.undo() } });
    reload();
  };

  return (
    <aside className="history-panel" aria-labelledby="historik-rubrik">
      <div className="history-head">
        <h2 id="historik-rubrik">{t('historyHeading', { id: questionId })}</h2>
        <button type="button" onClick={onClose} aria-label={t('closeHistory')}>
          ×
        </button>
      </div>
      <button type="button" onClick={() => void saveNow()}>
        {t('saveVersionNow')}
      </button>
      {versions && versions.length === 0 && <p>{t('noVersions')}</p>}
      {versions && versions.length > 0 && (
        <ul className="version-list" aria-label={t('versionsLabel')}>
          {versions.map((version) => (
            <li key={version.id}>
              <button type="button" aria-pressed={version === selected} onClick={() => setSelectedId(version.id)}>
                {formatDate(version.createdAt, true)} · {t(REASON[version.reason])}
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected && (
        <section aria-label={t('diffLabel')}>
          <h3>{t('diffHeading')}</h3>
          <p className="diff-legend">
            <del>{t('diffRemoved')}</del> <ins>{t('diffAdded')}</ins>
          </p>
          <div className="diff">
            {diffWords(richTextToPlain(selected.content), currentText).map((part, index) =>
              part.kind === 'same' ? (
                <span key={index}>{part.text}</span>
              ) : part.kind === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : (
                <del key={index}>{part.text}</del>
              ),
            )}
          </div>
          <button type="button" className="primary" onClick={() => void restore(selected)}>
            {t('restoreVersion')}
          </button>
        </section>
      )}
    </aside>
  );
}
