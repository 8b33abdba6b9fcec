import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { LanguageCode } from '@/config/languages';
import type { DateRange } from '@/corpus/primitives';
import { describeDateRange, type DateWords } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';

/** The catalogue's words for dates, for describeDateRange / describeFuzzyDate. */
export function dateWords(t: TFunction): DateWords {
  return {
    range: (from, to) => t('date.range', { from, to }),
    inferred: (date) => t('date.inferredSuffix', { date }),
  };
}

export function useDateWords(): DateWords {
  const { t } = useTranslation();
  return useMemo(() => dateWords(t), [t]);
}

/**
 * An event's date as every view shows it: only as precise as known, and
 * "(inferred)" when either end was guessed. One piece, so the list, the
 * comparison, the timeline and the party pages cannot disagree.
 */
export function DateRangeText({ range }: { range: DateRange }) {
  const language = useLanguage();
  const words = useDateWords();
  return <DateRangeInWords range={range} language={language} words={words} />;
}

/** The same, with words its view built once for all its cards (an event list's). */
export function DateRangeInWords({
  range,
  language,
  words,
}: {
  range: DateRange;
  language: LanguageCode;
  words: DateWords;
}) {
  return <time dateTime={range.from.value}>{describeDateRange(range, language, words)}</time>;
}
