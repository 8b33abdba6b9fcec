import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { directionOf } from '@/config/languages';
import { useLanguage, useRequestedLanguage } from '@/lib/use-language';

/** The one listener that keeps i18next and `<html lang dir>` in step with the chosen language. */
export function LanguageSync() {
  const requested = useRequestedLanguage();
  const shown = useLanguage();
  const { i18n } = useTranslation();
  // The last language asked of i18next. Comparing with what it shows would
  // miss a switch back while another catalogue is still loading.
  const asked = useRef(i18n.language);

  useLayoutEffect(() => {
    if (asked.current === requested) return;
    asked.current = requested;
    void i18n.changeLanguage(requested);
  }, [i18n, requested]);

  // The page's language and direction change with the text, not before it arrives.
  useLayoutEffect(() => {
    document.documentElement.lang = shown;
    document.documentElement.dir = directionOf(shown);
  }, [shown]);

  return null;
}
