import { useCallback, useState } from 'react';
import type { Snapshot, SnapshotReason } from '../../shared/report/report-schema';
import { diffAnswer } from '../../shared/compare/answer-diff';
import { DiffView } from '../compare/DiffView';
import { formatDate } from '../../shared/text/dates';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { listVersions } from '../db/answers-repo';
import { useDb } from '../db/DbProvider';
import { SidePanel } from '../components/SidePanel';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { AutosaveQueue } from './autosave-queue';
import { useSavedAt, type SaveStatusStore } from '../app/save-status-store';
import type { AnswerHandle } from '../editor/answer-handle';

const REASON: Record<SnapshotReason, MessageKey> = {
  paus: 'reasonPause',
  'stor-andring': 'reasonLarge',
  'fore-aterstallning': 'reasonBeforeRestore',
  'fore-sammanfogning': 'reasonBeforeMerge',
  'fore-ersattning': 'reasonBeforeReplace',
  'forra-aret': 'reasonPriorYear',
  'word-import': 'reasonWordImport',
  signerad: 'reasonSigned',
};

/** The versions to list: one of each label and time (a version taken twice at one moment is shown once). */
function distinct(versions: readonly Snapshot[]): Snapshot[] {
  const seen = new Set<string>();
  return versions.filter((v) => {
    const key = `${v.reason}|${v.label ?? ''}|${v.createdAt}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** A version's name in the list: time, why, what, who. */
function versionName(version: Snapshot, t: (key: MessageKey) => string): string {
  const reason = t(REASON[version.reason]);
  // "före sammanfogning av Folkhälsa v2" says its reason itself.
  const what = version.label?.startsWith(reason) ? [version.label] : [reason, version.label];
  return [formatDate(version.createdAt, true), ...what, version.by].filter(Boolean).join(' · ');
}

/** The versions of one answer: when, why, what differs from the text now, and restore (itself undoable). */
export function HistoryPanel(props: {
  reportId: string;
  questionId: string;
  queue: AutosaveQueue;
  getHandle: (id: string) => AnswerHandle | undefined;
  /** Time of the last autosave: the panel refreshes its diff after each. */
  /** Each autosave refreshes the versions and the diff. */
  statusStore: SaveStatusStore;
  /** Who is writing here: named on the versions taken by hand (a restore). */
  me: string;
  onClose: () => void;
}) {
  const { reportId, questionId, queue, getHandle, statusStore, me, onClose } = props;
  const savedAt = useSavedAt(statusStore);
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  const load = useCallback(async () => {
    await queue.flush();
    return {
      versions: distinct(await listVersions(db, reportId, questionId)),
      current: getHandle(questionId)?.current(),
    };
    // savedAt is a dependency on purpose: each autosave refreshes the versions and the diff.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, queue, reportId, questionId, getHandle, savedAt]);
  const { value, reload } = useLoaded(load);
  const versions = value?.versions;
  const [selectedId, setSelectedId] = useState<number>();
  const selected = versions?.find((v) => v.id === selectedId) ?? versions?.[0];
  // The version is compared with the text now, or with another version.
  const [againstId, setAgainstId] = useState<number>();
  const against = versions?.find((v) => v.id === againstId && v !== selected);

  const saveNow = async () => {
    const saved = await queue.saveVersion(questionId, 'paus');
    notify(saved ? t('versionSaved') : t('versionUnchanged'));
    reload();
  };

  const restore = async (version: Snapshot) => {
    const handle = getHandle(questionId);
    if (!handle) return;
    await queue.saveVersion(questionId, 'fore-aterstallning', t('restoreLabel', { name: versionName(version, t) }), me);
    handle.restore(version);
    await queue.flush();
    notify(t('versionRestored', { time: formatDate(version.createdAt, true) }), {
      action: { label: t('undo'), run: () => handle.undo() },
    });
    reload();
  };

  return (
    <SidePanel
      headingId="historik-rubrik"
      title={t('historyHeading', { id: questionId })}
      closeLabel={t('closeHistory')}
      onClose={onClose}
    >
      <button type="button" onClick={() => void saveNow()}>
        {t('saveVersionNow')}
      </button>
      {versions && versions.length === 0 && <p>{t('noVersions')}</p>}
      {versions && versions.length > 0 && (
        <ul className="version-list" aria-label={t('versionsLabel')}>
          {versions.map((version) => (
            <li key={version.id}>
              <button type="button" aria-pressed={version === selected} onClick={() => setSelectedId(version.id)}>
                {versionName(version, t)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected && (
        <section aria-label={t('diffLabel')}>
          <h3>{t('diffHeading')}</h3>
          <label>
            {t('compareWith')}{' '}
            <select
              value={against?.id ?? ''}
              onChange={(event) => setAgainstId(event.target.value ? Number(event.target.value) : undefined)}
            >
              <option value="">{t('historyTextNow')}</option>
              {versions!
                .filter((v) => v !== selected)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    {versionName(v, t)}
                  </option>
                ))}
            </select>
          </label>
          <DiffView
            changes={diffAnswer(selected.content, against ? against.content : value?.current)}
            label={t('diffLabel')}
          />
          <button type="button" className="primary" onClick={() => void restore(selected)}>
            {t('restoreVersion')}
          </button>
        </section>
      )}
    </SidePanel>
  );
}
