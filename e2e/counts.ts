import { uiText, type Language } from './i18n';

/**
 * A counted UI string as i18next renders it: the plural form CLDR picks for
 * `count` in `language` (Arabic has six), with the variables filled in.
 * Counts here are small, so their digits are the same in every format.
 */
export function countText(
  language: Language,
  key: string,
  values: { count: number } & Record<string, number | string>,
): string {
  const form = new Intl.PluralRules(language).select(values.count);
  let text: string;
  try {
    text = uiText(language, `${key}_${form}`);
  } catch {
    text = uiText(language, `${key}_other`);
  }
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
