import { useSearch } from '@tanstack/react-router';
import type { LanguageCode } from '@/config/languages';
import { useLanguagePreference } from '@/stores/language-preference';

/** The language on screen: the URL's `?lang=` when present, else the reader's saved choice. */
export function useLanguage(): LanguageCode {
  const fromUrl = useSearch({ strict: false, select: (search) => search.lang });
  const preferred = useLanguagePreference((state) => state.preferred);
  return fromUrl ?? preferred;
}
