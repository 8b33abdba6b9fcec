import type { TFunction } from 'i18next';
import type { LanguageCode } from '@/config/languages';
import type { Figure } from '@/corpus/schema';
import { formatNumber } from '@/lib/intl-format';

/** A figure's amount as the party gave it: qualifier kept ("up to 40"), vague words never made exact. */
export function figureAmountText(t: TFunction, figure: Figure, language: LanguageCode): string {
  if (figure.value !== undefined) {
    return t(`qualifier.${figure.qualifier ?? 'exact'}`, {
      value: formatNumber(figure.value, language),
    });
  }
  return figure.vague ? t(`vague.${figure.vague.meaning}`) : '';
}
