import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleAlignedTimers } from '../../../renderer/document/idle-timers';

describe('idleAlignedTimers', () => {
  let idle: { fn: () => void; timeout: number | undefined }[];
  beforeEach(() => {
    vi.useFakeTimers();
    idle = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const stub = (visibilityState: string, withIdle: boolean) => {
    vi.stubGlobal('document', { visibilityState });
    vi.stubGlobal(
      'requestIdleCallback',
      withIdle
        ? (fn: () => void, options?: { timeout?: number }) => idle.push({ fn, timeout: options?.timeout })
        : undefined,
    );
  };

  it.each([
    ['a visible page waits for idle time after the delay', 'visible', true, false],
    ['a hidden page draws no frames and runs at once', 'hidden', true, true],
    ['without requestIdleCallback it runs at once', 'visible', false, true],
  ])('%s', async (_name, visibility, withIdle, runsAtOnce) => {
    stub(visibility, withIdle);
    const fn = vi.fn();
    idleAlignedTimers.set(fn, 400);
    await vi.advanceTimersByTimeAsync(399);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledTimes(runsAtOnce ? 1 : 0);
    if (!runsAtOnce) {
      expect(idle).toHaveLength(1);
      // The idle wait is bounded, so a page that never idles still saves.
      expect(idle[0]!.timeout).toBeLessThanOrEqual(100);
      idle[0]!.fn();
      expect(fn).toHaveBeenCalledOnce();
    }
  });

  it('a cleared timer never runs', async () => {
    stub('visible', true);
    const fn = vi.fn();
    idleAlignedTimers.clear(idleAlignedTimers.set(fn, 400));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(idle).toHaveLength(0);
    expect(fn).not.toHaveBeenCalled();
  });
});
