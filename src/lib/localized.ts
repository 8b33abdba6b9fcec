import type { LanguageCode } from '@/config/languages';
import type { LocalizedText } from '@/corpus/primitives';

/** The corpus's own label in the reader's language. */
export function localized(text: LocalizedText, language: LanguageCode): string {
  return language === 'ar' ? text.ar : text.en;
}
