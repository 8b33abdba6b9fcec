import { act, renderHook } from '@testing-library/react';
import { i18n } from './i18n';
import { useLanguage } from './use-language';

describe('useLanguage', () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('en'));
  });

  it('is the language i18next shows, and re-renders its component when that changes', async () => {
    await act(() => i18n.changeLanguage('en'));
    const { result } = renderHook(() => useLanguage());
    expect(result.current).toBe('en');
    // Arabic's catalogue loads lazily: the hook moves once it is in, with i18next.
    await act(() => i18n.changeLanguage('ar'));
    expect(result.current).toBe('ar');
  });

  it('falls back to the default for a language the app does not have', async () => {
    await act(() => i18n.changeLanguage('xx'));
    const { result } = renderHook(() => useLanguage());
    expect(result.current).toBe('en');
  });
});
