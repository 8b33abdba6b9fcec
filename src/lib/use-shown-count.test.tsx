import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useShownCount } from './use-shown-count';

describe('useShownCount', () => {
  it('grows a page at a time and starts again when the query changes', () => {
    const { result, rerender } = renderHook(({ pageKey }) => useShownCount(25, pageKey), {
      initialProps: { pageKey: 'a' },
    });
    expect(result.current.shown).toBe(25);
    act(() => {
      result.current.showMore();
    });
    act(() => {
      result.current.showMore();
    });
    expect(result.current.shown).toBe(75);
    rerender({ pageKey: 'a' });
    expect(result.current.shown).toBe(75);
    rerender({ pageKey: 'b' });
    expect(result.current.shown).toBe(25);
  });
});
