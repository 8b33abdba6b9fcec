import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '@/corpus/primitives';
import { describeDateRange, type DateWords } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';

/** The catalogue's words for dates, for describeDateRange / describeFuzzyDate outside JSX. */
export function useDateWords(): DateWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      range: (from, to) => t('date.range', { from, to }),
      inferred: (date) => t('date.inferredSuffix', { date }),
    }),
    [t],
  );
}

/**
 * An event's date as every view shows it: only as precise as known, and
 * "(inferred)" when either end was guessed. One piece, so the list, the
 * comparison, the timeline and the party pages cannot disagree.
 */
export function DateRangeText({ range }: { range: DateRange }) {
  const language = useLanguage();
  const words = useDateWords();
  return <time dateTime={range.from.value}>{describeDateRange(range, language, words)}</time>;
}
