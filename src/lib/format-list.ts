import type { LanguageCode } from '@/config/languages';
import { listFormat } from './intl-formatters';
import { intlLocale } from './intl-locale';

/** "Idlib, Hama and Latakia" / "إدلب وحماة واللاذقية". */
export function formatList(items: readonly string[], language: LanguageCode): string {
  return listFormat(intlLocale[language], { style: 'long', type: 'conjunction' }).format(items);
}

/** "Idlib, Hama or Latakia" / "إدلب أو حماة أو اللاذقية": one of them, whichever. */
export function formatAlternatives(items: readonly string[], language: LanguageCode): string {
  return listFormat(intlLocale[language], { style: 'long', type: 'disjunction' }).format(items);
}
