import type { TFunction } from 'i18next';
import { dateWords } from '@/components/ui/date-text';
import type { LanguageCode } from '@/config/languages';
import type { DateWords } from '@/lib/intl-format';

/**
 * The words every event card repeats, translated once per list and language
 * rather than once per card: a filter change mounts dozens of cards, and each
 * component asking i18next for `t` pays for its own copy of the instance.
 */
export interface EventCardTexts {
  /** The language these words are in, which the cards also name corpus text in. */
  language: LanguageCode;
  parties: string;
  sides: string;
  noSide: string;
  claims: (count: number) => string;
  disputed: (count: number) => string;
  dates: DateWords;
}

export function eventCardTexts(t: TFunction, language: LanguageCode): EventCardTexts {
  return {
    language,
    parties: t('events.parties'),
    sides: t('sides.label'),
    noSide: t('compare.parties.noSide'),
    claims: (count) => t('events.claims', { count }),
    disputed: (count) => t('events.disputed', { count }),
    dates: dateWords(t),
  };
}
