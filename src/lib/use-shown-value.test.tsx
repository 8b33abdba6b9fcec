import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useShownValue } from './use-shown-value';

describe('useShownValue', () => {
  it('shows a choice at once, before the bound value catches up', () => {
    const { result, rerender } = renderHook(({ value }) => useShownValue(value), {
      initialProps: { value: false },
    });
    act(() => {
      result.current[1](true);
    });
    expect(result.current[0]).toBe(true);
    // The URL arrives with the same choice: nothing changes.
    rerender({ value: true });
    expect(result.current[0]).toBe(true);
  });

  it('follows the bound value when it changes from elsewhere (Back, a link)', () => {
    const { result, rerender } = renderHook(({ value }) => useShownValue(value), {
      initialProps: { value: 'all' },
    });
    act(() => {
      result.current[1]('disputed');
    });
    rerender({ value: 'hide' });
    expect(result.current[0]).toBe('hide');
  });
});
