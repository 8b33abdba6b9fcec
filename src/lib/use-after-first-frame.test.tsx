import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstFrame } from './use-after-first-frame';

function View({ atOnce }: { atOnce: boolean }) {
  const shown = useAfterFirstFrame(atOnce);
  return <p>{shown ? 'everything' : 'first screen'}</p>;
}

describe('useAfterFirstFrame', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is false for the first frame and turns true only after that frame, not before', () => {
    render(<View atOnce={false} />);
    expect(screen.getByText('first screen')).toBeInTheDocument();
    // The frame's callbacks run; the task they queue has not yet.
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(screen.getByText('first screen')).toBeInTheDocument();
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(screen.getByText('everything')).toBeInTheDocument();
  });

  it('is true from the start when asked for everything at once', () => {
    render(<View atOnce />);
    expect(screen.getByText('everything')).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves nothing scheduled once the view is gone', () => {
    const { unmount } = render(<View atOnce={false} />);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
