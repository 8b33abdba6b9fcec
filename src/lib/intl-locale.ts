import type { LanguageCode } from '@/config/languages';

/**
 * The Intl locale each UI language formats with: dates, numbers and lists
 * alike, so a view never mixes British dates with American lists.
 */
export const intlLocale: Record<LanguageCode, string> = {
  // British: "23 Jan 2020", "Idlib, Hama and Latakia" (no serial comma).
  en: 'en-GB',
  // Latin digits keep figures identical to the English view and to the sources.
  ar: 'ar-u-nu-latn',
};
