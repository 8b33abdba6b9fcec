import type { LanguageCode } from '@/config/languages';
import { listFormat } from './intl-formatters';

/** "Idlib, Hama and Latakia" / "إدلب وحماة واللاذقية". */
export function formatList(items: readonly string[], language: LanguageCode): string {
  return listFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
