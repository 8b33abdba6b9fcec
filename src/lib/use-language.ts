import { useSearch } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { defaultLanguage, isLanguageCode, type LanguageCode } from '@/config/languages';
import { useLanguagePreference } from '@/stores/language-preference';
import { i18n } from './i18n';

/**
 * The language asked for: the page's path (`/ar/…`), which the router reads as `lang`
 * (src/app/language-rewrite.ts), else the reader's saved choice.
 */
export function useRequestedLanguage(): LanguageCode {
  const fromUrl = useSearch({
    strict: false,
    select: (search): LanguageCode | undefined => {
      const lang: unknown = search.lang;
      return isLanguageCode(lang) ? lang : undefined;
    },
  });
  const preferred = useLanguagePreference((state) => state.preferred);
  return fromUrl ?? preferred;
}

/**
 * The language on screen: the one i18next shows. It follows the requested
 * language (LanguageSync asks for it) once that language's catalogue has
 * loaded, so corpus text never switches before the interface does.
 * It lives in lib so features call it where they format or pick text,
 * instead of being handed the language down every layer as a prop.
 */
export function useLanguage(): LanguageCode {
  // Subscribed to i18next's own event, not through useTranslation: that hook copies the
  // i18next instance for each component that mounts, which a list of cards pays per card.
  // The build's prerender renders each page in one language, set before it renders.
  const language = useSyncExternalStore(subscribeToLanguage, currentLanguage, currentLanguage);
  return isLanguageCode(language) ? language : defaultLanguage;
}

function subscribeToLanguage(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => {
    i18n.off('languageChanged', onChange);
  };
}

const currentLanguage = () => i18n.language;
