import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, vi } from 'vitest';
import { useOverflows } from './use-overflows';

let report: (() => void) | undefined;

class FakeResizeObserver {
  constructor(callback: () => void) {
    report = callback;
  }
  observe = vi.fn();
  disconnect = vi.fn();
}

function Region({ expected }: { expected: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(ref, () => expected);
  return (
    <div ref={ref} data-testid="region" data-overflows={String(overflows)}>
      <p>content</p>
    </div>
  );
}

function setSizes(element: HTMLElement, scrollHeight: number, clientHeight: number) {
  Object.defineProperty(element, 'scrollHeight', { configurable: true, value: scrollHeight });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: clientHeight });
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: 100 });
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: 100 });
}

afterEach(() => {
  vi.unstubAllGlobals();
  report = undefined;
});

describe('useOverflows', () => {
  it('answers with the guess until the first layout reports, then with the measurement', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    render(<Region expected />);
    const region = screen.getByTestId('region');
    expect(region).toHaveAttribute('data-overflows', 'true');

    setSizes(region, 100, 100);
    act(() => report?.());
    expect(region).toHaveAttribute('data-overflows', 'false');

    setSizes(region, 900, 100);
    act(() => report?.());
    expect(region).toHaveAttribute('data-overflows', 'true');
  });

  it('reads no size before the observer reports', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const read = vi.fn(() => 0);
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: read });
    try {
      render(<Region expected={false} />);
      expect(read).not.toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'scrollHeight');
    }
  });
});
