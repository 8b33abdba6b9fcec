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
  return t(`qualifier.${qualifier}`, { value: formatNumber(value, language) });
}

/** A figure's amount as the party gave it: a vague word ("dozens") is never made a number. */
export function figureAmountText(t: TFunction, figure: Figure, language: LanguageCode): string {
  if (figure.value !== undefined) {
    return statedAmount(t, figure.value, figure.qualifier ?? 'exact', language);
  }
  return figure.vague ? t(`vague.${figure.vague.meaning}`) : '';
}
