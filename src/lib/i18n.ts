import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages } from '@/config/languages';
import en from '@/locales/en/translation.json';
import { countFormatter } from './count-formatter';

/**
 * English ships with the app; other catalogues load when first asked for, so
 * a reader downloads only the language on screen. `changeLanguage` resolves
 * once the catalogue is in, and i18next keeps showing the current language
 * until then: no raw keys, no half-switched page. main.tsx waits for it
 * before the first render, so that render is already in the right language.
 */
const lazyCatalogues: Record<string, () => Promise<ResourceKey>> = {
  ar: () => import('@/locales/ar/translation.json').then((catalogue) => catalogue.default),
};

const catalogueBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load = lazyCatalogues[language];
    if (!load) {
      callback(new Error(`No catalogue for "${language}"`), false);
      return;
    }
    load().then(
      (catalogue) => {
        callback(null, catalogue);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

void i18n
  .use(catalogueBackend)
  .use(countFormatter)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    // The bundled English plus whatever the backend loads later.
    partialBundledLanguages: true,
    lng: defaultLanguage,
    fallbackLng: false,
    supportedLngs: languages.map((language) => language.code),
    // alwaysFormat: every {{count}} goes through countFormatter, with no `, number` in the catalogues.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _namespace, key) => {
      // Surfaces in tests and dev tools; the missing-key test fails on it.
      console.error(`Missing translation key "${key}" for ${lngs.join(', ')}`);
    },
  });

export { i18n };
