import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleWithin } from './settle-within';

describe('settleWithin', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const watch = (promise: Promise<void>) => {
    const state = { settled: false };
    void promise.then(() => {
      state.settled = true;
    });
    return state;
  };

  it('settles as soon as the work does, before the time is up', async () => {
    let finish: (value: string) => void = () => undefined;
    const state = watch(settleWithin(new Promise<string>((resolve) => (finish = resolve)), 80));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.settled).toBe(false);
    finish('shard');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.settled).toBe(true);
  });

  it('settles when the time is up, with the work still running', async () => {
    const state = watch(settleWithin(new Promise(() => undefined), 80));
    await vi.advanceTimersByTimeAsync(79);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.settled).toBe(true);
  });

  it('settles, without rejecting, when the work fails', async () => {
    const state = watch(settleWithin(Promise.reject(new Error('offline')), 80));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.settled).toBe(true);
  });
});
