import { act, renderHook, waitFor } from '@testing-library/react';
import { emptyDraftFiles } from '../utils/draft-files';
import { CHECK_DELAY_MS, useDraftCheck } from './use-draft-check';

const files = emptyDraftFiles('c', { ar: 'مجموعة', en: 'Corpus' });

/** A Worker that records what it is sent; the test answers for it. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  readonly sent: { request: number; files: unknown }[] = [];
  terminated = false;
  constructor(readonly url: string) {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(message: { request: number; files: unknown }) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.started = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useDraftCheck', () => {
  it('asks its worker, started from the check’s own file, and keeps the answer to the latest edit', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender } = renderHook(({ draft }) => useDraftCheck(draft), {
      initialProps: { draft: files },
    });
    const [worker] = FakeWorker.started;
    if (!worker) throw new Error('a worker started');
    expect(worker.url).toMatch(/check-draft\.worker/);
    act(() => {
      vi.advanceTimersByTime(CHECK_DELAY_MS);
    });
    rerender({ draft: { ...files, 'x.json': '{}' } });
    act(() => {
      vi.advanceTimersByTime(CHECK_DELAY_MS);
    });
    const [first, second] = worker.sent;
    if (!first || !second) throw new Error('two checks asked');
    const answer = (request: number, ms: number) => {
      act(() => {
        worker.dispatchEvent(
          new MessageEvent('message', {
            data: { request, check: { problems: [], unlisted: 0, ms } },
          }),
        );
      });
    };
    answer(first.request, 1);
    expect(result.current).toBeUndefined(); // an answer to an older edit is dropped
    answer(second.request, 2);
    expect(result.current).toMatchObject({ ms: 2, revision: second.request });
  });

  it('checks on the main thread when the worker fails, and says so', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { result } = renderHook(() => useDraftCheck(files));
    act(() => {
      vi.advanceTimersByTime(CHECK_DELAY_MS);
    });
    const [worker] = FakeWorker.started;
    act(() => {
      worker?.dispatchEvent(Object.assign(new Event('error'), { message: 'failed to load' }));
    });
    expect(worker?.terminated).toBe(true);
    vi.useRealTimers();
    // The first check here imports the compiler: give it time on a busy machine.
    await waitFor(
      () => {
        expect(result.current?.problems).toEqual([]);
      },
      { timeout: 10_000 },
    );
    expect(warn.mock.calls[0]?.[0]).toMatch(/main thread: the check worker failed/);
  });

  it('checks on the main thread where there is no Worker', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const { result } = renderHook(() => useDraftCheck(files));
    act(() => {
      vi.advanceTimersByTime(CHECK_DELAY_MS);
    });
    vi.useRealTimers();
    // The first check here imports the compiler: give it time on a busy machine.
    await waitFor(
      () => {
        expect(result.current?.problems).toEqual([]);
      },
      { timeout: 10_000 },
    );
    expect(result.current?.revision).toBeGreaterThan(0);
  });
});
