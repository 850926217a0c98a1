import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue } from '../../../renderer/document/autosave-queue';
import type { SaveStatus } from '../../../renderer/app/save-status-store';
import { emptyRichText } from '../../../shared/report/content-schema';
import type { Answer, Snapshot } from '../../../shared/report/report-schema';
import { paragraph, richText, text } from '../../shared/fixtures';

const REPORT = 'rapport-0001';
const answer = (questionId: string, body = ''): Answer => ({
  reportId: REPORT,
  questionId,
  content: body ? richText(paragraph(text(body))) : emptyRichText(),
  choice: null,
  basis: [],
  status: 'utkast',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function setup(
  initial: Answer[] = [answer('1.1'), answer('2.3')],
  save = vi.fn((_a: Answer[], _s: Snapshot[], _t: string, _touch?: boolean, _burst?: boolean) => Promise.resolve()),
) {
  const statuses: SaveStatus[] = [];
  const queue = new AutosaveQueue({
    reportId: REPORT,
    save,
    now: () => new Date(Date.now()),
    onStatus: (status) => statuses.push(status),
    initial,
    latestVersions: [],
    delayMs: 400,
    idleMs: 20_000,
    retryMs: 3_000,
  });
  return { queue, save, statuses };
}

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-02-01T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('builds and writes an answer once per debounce, however often it changes', async () => {
    const { queue, save } = setup();
    const build = vi.fn(() => answer('2.3', 'Hej'));
    for (let i = 0; i < 20; i++) queue.markDirty('2.3', build);
    expect(build).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(build).toHaveBeenCalledOnce();
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0]![0].map((a) => a.questionId)).toEqual(['2.3']);
  });

  it('saves at least every 500 ms while the user keeps typing', async () => {
    const { queue, save, statuses } = setup();
    for (let i = 0; i < 30; i++) {
      queue.markDirty('1.1', () => answer('1.1', `text ${i}`));
      await vi.advanceTimersByTimeAsync(50);
    }
    // 1.5 s of typing with 50 ms between keys: the 400 ms debounce never runs out, the 500 ms longest wait does.
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(save.mock.calls.length).toBeLessThanOrEqual(3);
    expect(save.mock.calls.every((call) => call[4] === true)).toBe(true);
    // After the pause the answer is written again, durably, with the last text.
    await vi.advanceTimersByTimeAsync(500);
    const last = save.mock.calls.at(-1)!;
    expect(last[4]).toBe(false);
    expect(last[0].map((a) => a.content)).toEqual([answer('1.1', 'text 29').content]);
    // The indicator changed twice: "Sparar…" at the first key, "Sparat" after the durable save.
    expect(statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
    const count = save.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(save.mock.calls.length).toBe(count);
  });

  it('reaches "Sparat" when the pause comes while a burst save is still writing (a busy machine)', async () => {
    // The burst write takes 700 ms: the settle flush after the pause fires while it is still running.
    const save = vi.fn(
      (_a: Answer[], _s: Snapshot[], _t: string, _touch?: boolean, burst?: boolean) =>
        new Promise<void>((resolve) => setTimeout(resolve, burst ? 700 : 10)),
    );
    const { queue, statuses } = setup(undefined, save);
    for (let i = 0; i < 11; i++) {
      queue.markDirty('1.1', () => answer('1.1', `text ${i}`));
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    expect(save.mock.calls.some((call) => call[4] === true)).toBe(true);
    const last = save.mock.calls[save.mock.calls.length - 1]!;
    expect(last[4]).toBe(false);
    expect(last[0].map((a) => a.content)).toEqual([answer('1.1', 'text 10').content]);
    expect(statuses[statuses.length - 1]!.state).toBe('saved');
  });

  it('writes every dirty answer in one save on flush', async () => {
    const { queue, save, statuses } = setup();
    queue.markDirty('1.1', () => answer('1.1', 'ett'));
    queue.markDirty('2.3', () => answer('2.3', 'två'));
    await queue.flush();
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0]![0]).toHaveLength(2);
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
    expect(queue.hasPending).toBe(false);
  });

  it.each([
    ['QuotaExceededError', Object.assign(new Error('full'), { name: 'QuotaExceededError' })],
    [
      'AbortError with a quota error inside',
      Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }),
    ],
  ])('on %s says the disk is full, keeps the answer and succeeds once space is freed', async (_name, error) => {
    const save = vi.fn((_a: Answer[], _s: Snapshot[], _t: string) => Promise.resolve());
    save.mockRejectedValueOnce(error);
    const { queue, statuses } = setup(undefined, save);
    queue.markDirty('2.3', () => answer('2.3', 'viktig text'));
    await queue.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'error', message: expect.stringContaining('fullt') });
    expect(queue.hasPending).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0][0]!.content).toEqual(answer('2.3', 'viktig text').content);
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
  });

  it('keeps the state before a large change as a version', async () => {
    const before = answer('2.3', 'Ursprunglig text som var bra.');
    const { queue, save } = setup([before]);
    queue.markDirty('2.3', () => answer('2.3', 'x'.repeat(300)));
    await queue.flush();
    const [, snapshots] = save.mock.calls[0]!;
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ reason: 'stor-andring', content: before.content });
  });

  it('takes a version after a pause, once', async () => {
    const { queue, save } = setup();
    queue.markDirty('1.1', () => answer('1.1', 'Lite text'));
    await queue.flush();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![1][0]).toMatchObject({ reason: 'paus', questionId: '1.1' });
    await expect(queue.saveVersion('1.1')).resolves.toBe(false);
  });
});

describe('AutosaveQueue and the report change time', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-02-01T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('stamps the report on the first save and then at most every 30 seconds', async () => {
    const { queue, save } = setup();
    const touches: boolean[] = [];
    save.mockImplementation((list, _s, _t, touch?: boolean) => {
      if (list.length > 0) touches.push(Boolean(touch));
      return Promise.resolve();
    });
    for (const wait of [0, 5_000, 10_000, 20_000]) {
      await vi.advanceTimersByTimeAsync(wait);
      queue.markDirty('1.1', () => answer('1.1', `text ${wait}`));
      await queue.flush();
    }
    expect(touches).toEqual([true, false, false, true]);
  });
});
