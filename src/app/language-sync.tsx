import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '@/config/languages';
import { useLanguage } from './use-language';

/** The one listener that keeps i18next and `<html lang dir>` in step with the chosen language. */
export function LanguageSync() {
  const language = useLanguage();
  const { i18n } = useTranslation();

  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [i18n, language]);

  return null;
}
