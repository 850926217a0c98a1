import { useEffect, useMemo } from 'react';
import type { Answer, Snapshot } from '../../shared/report/report-schema';
import { appDeps } from '../app/deps';
import { createSaveStatusStore, type SaveStatusStore } from '../app/save-status-store';
import { saveAnswers } from '../db/answers-repo';
import type { WorkbenchDb } from '../db/schema';
import { AutosaveQueue } from './autosave-queue';
import { idleAlignedTimers } from './idle-timers';

/*
 * The document's autosave: one queue per document, saving in the middle of typing through
 * the relaxed connection and after a pause through the strict one, and flushed when the
 * page is hidden or closed and when the document goes away.
 */

/** The autosave queue of a document and the store its status is shown from. */
export function useAutosave(options: {
  db: WorkbenchDb;
  ownerId: string;
  answers: Answer[];
  versions: Snapshot[];
  /** The report's change time is stamped (a workspace's is not). */
  touchOwner: boolean;
}): { queue: AutosaveQueue; statusStore: SaveStatusStore } {
  const { db, ownerId, answers, versions, touchOwner } = options;
  const statusStore = useMemo(() => createSaveStatusStore(), []);
  const queue = useMemo(
    () =>
      new AutosaveQueue({
        reportId: ownerId,
        save: (list, snapshots, at, touchReport, burst) =>
          saveAnswers(burst ? db.relaxed() : db, ownerId, list, snapshots, at, {
            touchReport: touchOwner && touchReport,
          }),
        now: appDeps.now,
        onStatus: statusStore.set,
        initial: answers,
        latestVersions: versions,
        timers: idleAlignedTimers,
      }),
    [db, ownerId, answers, versions, touchOwner, statusStore],
  );
  useEffect(() => {
    queue.start();
    const flush = () => void queue.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void queue.flush().finally(() => queue.dispose());
    };
  }, [queue]);
  return { queue, statusStore };
}
