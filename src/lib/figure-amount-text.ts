import type { TFunction } from 'i18next';
import type { LanguageCode } from '@/config/languages';
import type { Figure, Qualifier } from '@/corpus/schema';
import { formatNumber } from '@/lib/intl-format';

/** "up to 40", "أكثر من 100": a number as the party stated it, its qualifier kept. */
export function statedAmount(
  t: TFunction,
  value: number,
  qualifier: Qualifier,
  language: LanguageCode,
): string {
  const number = formatNumber(value, language);
  // An exact figure is the number itself, in both languages: no catalogue look-up, which a
  // comparison would otherwise make for each of its hundreds of figures.
  return qualifier === 'exact' ? number : t(`qualifier.${qualifier}`, { value: number });
}

/** A figure's amount as the party gave it: a vague word ("dozens") is never made a number. */
export function figureAmountText(t: TFunction, figure: Figure, language: LanguageCode): string {
  if (figure.value !== undefined) {
    return statedAmount(t, figure.value, figure.qualifier ?? 'exact', language);
  }
  return figure.vague ? t(`vague.${figure.vague.meaning}`) : '';
}
