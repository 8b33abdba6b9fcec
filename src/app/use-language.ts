import { useSearch } from '@tanstack/react-router';
import { isLanguageCode, type LanguageCode } from '@/config/languages';
import { useLanguagePreference } from '@/stores/language-preference';

/** The language on screen: the URL's `?lang=` when present, else the reader's saved choice. */
export function useLanguage(): LanguageCode {
  // The router hands over raw keys its validator dropped, so `lang` is checked again here.
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
