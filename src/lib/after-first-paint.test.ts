import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintView } from './after-first-paint';

type PaintListener = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A window with the few things afterFirstPaint reads, and a hand on each. */
function fakeWindow(options: {
  visibility?: DocumentVisibilityState;
  reportsPaint?: boolean;
  painted?: boolean;
}) {
  const listeners: PaintListener[] = [];
  const frames: (() => void)[] = [];
  let disconnected = 0;
  class FakeObserver {
    static supportedEntryTypes = options.reportsPaint === false ? ['mark'] : ['paint', 'mark'];
    constructor(private readonly listener: PaintListener) {}
    observe() {
      listeners.push(this.listener);
    }
    disconnect() {
      disconnected += 1;
    }
  }
  const view = {
    document: { visibilityState: options.visibility ?? 'visible' },
    performance: {
      getEntriesByName: (name: string) =>
        options.painted && name === 'first-contentful-paint' ? [{ name }] : [],
    },
    PerformanceObserver: FakeObserver,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => {
      clearTimeout(handle);
    },
  } as unknown as PaintView;
  return {
    view,
    paint: (name = 'first-contentful-paint') => {
      for (const listener of listeners) {
        listener({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
      }
    },
    runFrame: () => {
      for (const frame of frames.splice(0)) frame();
    },
    disconnected: () => disconnected,
  };
}

/** Whether the promise has settled once everything queued so far has run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

const root = (children: number) => ({ childElementCount: children }) as Element;

describe('afterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the first contentful paint of a page with content', async () => {
    const fake = fakeWindow({});
    const waiting = afterFirstPaint(fake.view, root(1));
    expect(await settled(waiting)).toBe(false);
    fake.paint('first-paint');
    expect(await settled(waiting)).toBe(false);
    fake.paint();
    expect(await settled(waiting)).toBe(true);
    expect(fake.disconnected()).toBe(1);
  });

  it('does not wait when the paint has already been reported', async () => {
    const fake = fakeWindow({ painted: true });
    expect(await settled(afterFirstPaint(fake.view, root(1)))).toBe(true);
  });

  it('does not wait when there is nothing to paint yet, or the tab is in the background', async () => {
    expect(await settled(afterFirstPaint(fakeWindow({}).view, root(0)))).toBe(true);
    const hidden = fakeWindow({ visibility: 'hidden' });
    expect(await settled(afterFirstPaint(hidden.view, root(1)))).toBe(true);
  });

  it('waits one frame where paint timing is not reported', async () => {
    const fake = fakeWindow({ reportsPaint: false });
    const waiting = afterFirstPaint(fake.view, root(1));
    expect(await settled(waiting)).toBe(false);
    fake.runFrame();
    expect(await settled(waiting)).toBe(true);
  });

  it('gives up waiting after three seconds', async () => {
    const fake = fakeWindow({});
    const waiting = afterFirstPaint(fake.view, root(1));
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
    expect(fake.disconnected()).toBe(1);
  });
});
