import { changedCharacters, LARGE_CHANGE_CHARS, SNAPSHOT_IDLE_MS } from '../../shared/report/history-policy';
import type { Answer, Snapshot, SnapshotReason } from '../../shared/report/report-schema';
import { richTextToPlain } from '../../shared/report/rich-text-plain';
import { describeSaveError } from '../db/storage-errors';
import type { SaveStatus } from '../app/save-status-store';

/*
 * Autosave for one open report. Editors only mark their answer dirty and hand over a
 * function that builds the answer; nothing is serialized per keystroke. When the
 * debounce fires (or on blur, report switch, page hide) every dirty answer is built and
 * written in one transaction. A failed write keeps the answers dirty, reports the
 * problem and retries; the text stays in the editors meanwhile.
 *
 * History versions ride on the same writes: the state just before a large change, and
 * the state after a pause in typing (or on request).
 */

/** The report's change time is stamped at most this often: the list shows minutes, and the extra write costs. */
export const REPORT_TOUCH_INTERVAL_MS = 30_000;

export interface AutosaveOptions {
  reportId: string;
  /** Writes answers and versions in one transaction; `touchReport` asks it to stamp the report's change time too. */
  /**
   * Writes the answers. `burst` marks a save forced by the longest wait while the user
   * keeps typing: it may skip the flush to disk (it survives a crash, not a power cut),
   * because the same answers are written again, durably, once the typing pauses.
   */
  save: (
    answers: Answer[],
    snapshots: Snapshot[],
    savedAt: string,
    touchReport: boolean,
    burst: boolean,
  ) => Promise<void>;
  now: () => Date;
  onStatus: (status: SaveStatus) => void;
  /** Answers as loaded, and the newest version of each answer that has one. */
  initial: Answer[];
  latestVersions: Snapshot[];
  delayMs?: number;
  /** Longest a change waits while the user keeps typing (the debounce alone would wait for a pause). */
  maxWaitMs?: number;
  idleMs?: number;
  retryMs?: number;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

const stateKey = (a: Pick<Answer, 'content' | 'choice' | 'basis'>) => JSON.stringify([a.content, a.choice, a.basis]);

/** A saved state of an answer; its key (a serialization) is made only when a version check needs it. */
class Known {
  private cachedKey: string | undefined;
  constructor(
    readonly answer: Answer,
    readonly text: string = richTextToPlain(answer.content),
  ) {}
  get key(): string {
    return (this.cachedKey ??= stateKey(this.answer));
  }
}

export class AutosaveQueue {
  private readonly dirty = new Map<string, () => Answer>();
  private readonly saved = new Map<string, Known>();
  private readonly versions = new Map<string, { key: string; text: string }>();
  private readonly idle = new Map<string, unknown>();
  private timer: unknown;
  /** When the oldest unwritten change was made, for the longest wait. */
  private firstDirtyAt: number | null = null;
  /** Answers last written by a burst save, to be written durably after the pause. */
  private readonly unsettled = new Map<string, () => Answer>();
  private settleTimer: unknown;
  private lastTouch = Number.NEGATIVE_INFINITY;
  private running: Promise<void> = Promise.resolve();
  private disposed = false;
  private readonly timers: NonNullable<AutosaveOptions['timers']>;

  constructor(private readonly options: AutosaveOptions) {
    this.timers = options.timers ?? {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    for (const answer of options.initial) this.saved.set(answer.questionId, new Known(answer));
    for (const version of options.latestVersions) {
      this.versions.set(version.questionId, { key: stateKey(version), text: richTextToPlain(version.content) });
    }
  }

  /** True while some answer has changes not yet written. */
  get hasPending(): boolean {
    return this.dirty.size > 0;
  }

  /** (Re)starts the timers after a dispose; React may unmount and mount the same screen. */
  start(): void {
    this.disposed = false;
  }

  /** Marks an answer changed; `build` makes the answer from the editor's state when the save runs. */
  markDirty(questionId: string, build: () => Answer): void {
    this.dirty.set(questionId, build);
    this.setStatus({ state: 'saving' });
    const now = this.options.now().getTime();
    this.firstDirtyAt ??= now;
    const delay = this.options.delayMs ?? 400;
    const debounced = now + delay;
    const longest = this.firstDirtyAt + (this.options.maxWaitMs ?? 500);
    this.timers.clear(this.timer);
    this.timer = this.timers.set(
      () => void this.flush(longest < debounced),
      Math.max(0, Math.min(debounced, longest) - now),
    );
    // When the typing pauses, whatever a burst save wrote is written again, durably.
    this.timers.clear(this.settleTimer);
    this.settleTimer = this.timers.set(() => void this.flush(), delay);
  }

  /** Writes every dirty answer now (durably, unless `burst`); resolves when the write (and any before it) is done. */
  flush(burst = false): Promise<void> {
    this.timers.clear(this.timer);
    this.firstDirtyAt = null;
    // The burst answers are taken in turn, not now: a burst save still writing fills
    // `unsettled` only when it is done, and its answers must be in this durable write.
    this.running = this.running.then(() => {
      if (!burst) this.settle();
      return this.writeDirty(burst);
    });
    return this.running;
  }

  private settle(): void {
    for (const [id, build] of this.unsettled) if (!this.dirty.has(id)) this.dirty.set(id, build);
    this.unsettled.clear();
  }

  /** Takes a version of the answer's saved state now, unless it equals the newest version; `label` says what it is, `by` who took it. */
  saveVersion(questionId: string, reason: SnapshotReason = 'paus', label?: string, by?: string): Promise<boolean> {
    this.running = this.running.then(() => this.writeDirty());
    const result = this.running.then(async () => {
      const current = this.saved.get(questionId);
      if (!current || this.versions.get(questionId)?.key === current.key) return false;
      const version = this.snapshotOf(current.answer, reason);
      await this.options.save(
        [],
        [{ ...version, ...(label && { label: label.slice(0, 300) }), ...(by && { by: by.slice(0, 200) }) }],
        this.options.now().toISOString(),
        false,
        false,
      );
      this.versions.set(questionId, { key: current.key, text: current.text });
      return true;
    });
    this.running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Stops timers; pending changes should be flushed first. */
  dispose(): void {
    this.disposed = true;
    this.timers.clear(this.timer);
    this.timers.clear(this.settleTimer);
    for (const handle of this.idle.values()) this.timers.clear(handle);
  }

  private status: SaveStatus['state'] | null = null;

  // Only changes of state are reported, so a keystroke does not re-render the indicator.
  private setStatus(status: SaveStatus): void {
    if (status.state === 'saving' && this.status === 'saving') return;
    this.status = status.state;
    this.options.onStatus(status);
  }

  private snapshotOf(answer: Answer, reason: SnapshotReason): Snapshot {
    const { reportId, questionId, content, choice, basis } = answer;
    return { reportId, questionId, content, choice, basis, reason, createdAt: this.options.now().toISOString() };
  }

  private async writeDirty(burst = false): Promise<void> {
    if (this.dirty.size === 0) return;
    const builders = new Map(this.dirty);
    this.dirty.clear();
    this.setStatus({ state: 'saving' });
    const savedAt = this.options.now();
    const answers = [...builders.values()].map((build) => ({ ...build(), updatedAt: savedAt.toISOString() }));
    const snapshots: Snapshot[] = [];
    const texts = answers.map((answer) => richTextToPlain(answer.content));
    answers.forEach((answer, i) => {
      const before = this.saved.get(answer.questionId);
      const version = this.versions.get(answer.questionId);
      if (!before || before.text.trim() === '') return;
      if (
        changedCharacters(version?.text ?? before.text, texts[i]!) < LARGE_CHANGE_CHARS ||
        version?.key === before.key
      )
        return;
      snapshots.push(this.snapshotOf(before.answer, 'stor-andring'));
    });
    const touchReport = savedAt.getTime() - this.lastTouch >= REPORT_TOUCH_INTERVAL_MS;
    try {
      await this.options.save(answers, snapshots, savedAt.toISOString(), touchReport, burst);
    } catch (error) {
      for (const [id, build] of builders) if (!this.dirty.has(id)) this.dirty.set(id, build);
      this.setStatus({ state: 'error', message: describeSaveError(error) });
      if (!this.disposed) this.timer = this.timers.set(() => void this.flush(), this.options.retryMs ?? 3_000);
      return;
    }
    if (touchReport) this.lastTouch = savedAt.getTime();
    if (burst) for (const [id, build] of builders) this.unsettled.set(id, build);
    for (const snapshot of snapshots)
      this.versions.set(snapshot.questionId, { key: stateKey(snapshot), text: richTextToPlain(snapshot.content) });
    answers.forEach((answer, i) => {
      this.saved.set(answer.questionId, new Known(answer, texts[i]));
      this.scheduleIdleVersion(answer.questionId);
    });
    // "Sparat" only once everything is written durably: a burst save leaves the status at
    // "Sparar…", so a typing spell changes the indicator twice, not at every burst.
    this.setStatus(
      this.dirty.size > 0 || this.unsettled.size > 0 ? { state: 'saving' } : { state: 'saved', at: savedAt },
    );
  }

  private scheduleIdleVersion(questionId: string): void {
    this.timers.clear(this.idle.get(questionId));
    if (this.disposed) return;
    this.idle.set(
      questionId,
      this.timers.set(() => {
        if (this.saved.get(questionId)?.text.trim()) void this.saveVersion(questionId, 'paus').catch(() => undefined);
      }, this.options.idleMs ?? SNAPSHOT_IDLE_MS),
    );
  }
}
