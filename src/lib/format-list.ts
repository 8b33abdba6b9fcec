import type { LanguageCode } from '@/config/languages';

/** "Idlib, Hama and Latakia" / "إدلب وحماة واللاذقية". */
export function formatList(items: readonly string[], language: LanguageCode): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
