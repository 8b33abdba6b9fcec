import type { LanguageCode } from '@/config/languages';
import { intlLocale } from '@/lib/intl-locale';

const displayNames = new Map<LanguageCode, Intl.DisplayNames>();

/** A text's language ("ar") named in the reader's language ("Arabic", "العربية"); else its tag. */
export function languageName(tag: string, language: LanguageCode): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale[language]], { type: 'language', fallback: 'code' });
    displayNames.set(language, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    // A tag Intl refuses (the corpus checks only its shape): shown as written.
    return tag;
  }
}
