import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages } from '@/config/languages';
import ar from '@/locales/ar/translation.json';
import en from '@/locales/en/translation.json';

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
} as const;

// Both catalogues are small and bundled, so initialisation is synchronous and
// the first paint is already in the right language.
void i18n.use(initReactI18next).init({
  resources,
  lng: defaultLanguage,
  fallbackLng: false,
  supportedLngs: languages.map((language) => language.code),
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (lngs, _namespace, key) => {
    // Surfaces in tests and dev tools; the missing-key test fails on it.
    console.error(`Missing translation key "${key}" for ${lngs.join(', ')}`);
  },
});

export { i18n };
