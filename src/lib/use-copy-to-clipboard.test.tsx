import { act, renderHook } from '@testing-library/react';
import { useCopyToClipboard } from './use-copy-to-clipboard';

const writeText = vi.fn<(text: string) => Promise<void>>();

function stubClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

beforeEach(() => {
  vi.useFakeTimers();
  writeText.mockReset().mockResolvedValue();
  stubClipboard({ writeText });
});

afterEach(() => {
  vi.useRealTimers();
  if (original) Object.defineProperty(navigator, 'clipboard', original);
  else Reflect.deleteProperty(navigator, 'clipboard');
});

describe('useCopyToClipboard', () => {
  it('writes the text and confirms, then returns to idle after fadeAfter', async () => {
    const { result } = renderHook(() => useCopyToClipboard({ fadeAfter: 4000 }));
    expect(result.current.state).toEqual({ kind: 'idle' });
    await act(() => result.current.copy('https://x.test/'));
    expect(writeText).toHaveBeenCalledWith('https://x.test/');
    expect(result.current.state).toEqual({ kind: 'copied' });
    act(() => {
      vi.advanceTimersByTime(3999);
    });
    expect(result.current.state).toEqual({ kind: 'copied' });
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current.state).toEqual({ kind: 'idle' });
  });

  it('keeps the confirmation when no fadeAfter is given', async () => {
    const { result } = renderHook(() => useCopyToClipboard());
    await act(() => result.current.copy('a'));
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current.state).toEqual({ kind: 'copied' });
  });

  it('hands back the text to copy by hand when the clipboard refuses, and keeps it', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    const { result } = renderHook(() => useCopyToClipboard({ fadeAfter: 4000 }));
    await act(() => result.current.copy('https://x.test/'));
    expect(result.current.state).toEqual({ kind: 'failed', text: 'https://x.test/' });
    act(() => {
      vi.runAllTimers();
    });
    expect(result.current.state).toEqual({ kind: 'failed', text: 'https://x.test/' });
    act(() => {
      result.current.reset();
    });
    expect(result.current.state).toEqual({ kind: 'idle' });
  });

  it('fails the same way where there is no clipboard API (an insecure origin)', async () => {
    stubClipboard(undefined);
    const { result } = renderHook(() => useCopyToClipboard());
    await act(() => result.current.copy('b'));
    expect(result.current.state).toEqual({ kind: 'failed', text: 'b' });
  });

  it("starts the fade again on a second copy, so it is not cut short by the first one's timer", async () => {
    const { result } = renderHook(() => useCopyToClipboard({ fadeAfter: 4000 }));
    await act(() => result.current.copy('a'));
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    await act(() => result.current.copy('a'));
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(result.current.state).toEqual({ kind: 'copied' });
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(result.current.state).toEqual({ kind: 'idle' });
  });

  it("shows the caller's own outcomes, which fade like a confirmation", () => {
    const { result } = renderHook(() =>
      useCopyToClipboard<{ kind: 'shared' }>({ fadeAfter: 12_000 }),
    );
    act(() => {
      result.current.show({ kind: 'shared' });
    });
    expect(result.current.state).toEqual({ kind: 'shared' });
    act(() => {
      vi.advanceTimersByTime(12_000);
    });
    expect(result.current.state).toEqual({ kind: 'idle' });
  });

  it('cancels a pending fade when reset or unmounted', async () => {
    const { result, unmount } = renderHook(() => useCopyToClipboard({ fadeAfter: 4000 }));
    await act(() => result.current.copy('a'));
    act(() => {
      result.current.reset();
    });
    expect(vi.getTimerCount()).toBe(0);
    await act(() => result.current.copy('a'));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
