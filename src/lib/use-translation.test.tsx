import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { useTranslation } from './use-translation';

const key = 'app.skipToContent';

describe('useTranslation', () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('en'));
  });

  it('gives the words of the language on screen, the same for a plain key each time', async () => {
    const { result } = renderHook(() => useTranslation());
    const english = result.current.t(key);
    expect(english).toBe(i18n.getFixedT('en')(key));
    expect(result.current.t(key)).toBe(english);
    await act(() => i18n.changeLanguage('ar'));
    expect(result.current.t(key)).toBe(i18n.getFixedT('ar')(key));
    expect(result.current.t(key)).not.toBe(english);
  });

  it('reads a key anew once a catalogue changes', () => {
    const { result } = renderHook(() => useTranslation());
    const before = result.current.t(key);
    i18n.addResourceBundle('en', 'translation', { app: { skipToContent: 'Changed' } }, true, true);
    try {
      expect(result.current.t(key)).toBe('Changed');
    } finally {
      i18n.addResourceBundle('en', 'translation', { app: { skipToContent: before } }, true, true);
    }
    expect(result.current.t(key)).toBe(before);
  });

  it('passes a call with options to i18next each time', () => {
    const { result } = renderHook(() => useTranslation());
    const counted = (count: number) => result.current.t('events.claims', { count });
    expect(counted(1)).toBe(i18n.getFixedT('en')('events.claims', { count: 1 }));
    expect(counted(3)).toBe(i18n.getFixedT('en')('events.claims', { count: 3 }));
    expect(counted(1)).not.toBe(counted(3));
  });
});
