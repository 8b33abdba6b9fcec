import { useTranslation } from '@/lib/use-translation';
import { formatFuzzyDate, isSameDate } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import type { DaySpan } from '../utils/day-range';
import { spanDates, type VisibleCounts } from '../utils/visible-counts';

interface VisibleCountProps {
  counts: VisibleCounts;
  span: DaySpan;
}

/** "3 events, 41 claims between Jun 2019 and Aug 2019", announced politely as the range changes. */
export function VisibleCount({ counts, span }: VisibleCountProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { from, to } = spanDates(span);
  const period = isSameDate(from, to)
    ? t(from.precision === 'day' ? 'timeline.on' : 'timeline.in', {
        date: formatFuzzyDate(from, language),
      })
    : t('timeline.between', {
        from: formatFuzzyDate(from, language),
        to: formatFuzzyDate(to, language),
      });
  const events = t('timeline.events', { count: counts.events });

  return (
    <p role="status" data-testid="timeline-count" className="font-medium text-stone-900">
      {counts.drawn !== undefined
        ? t('timeline.countCapped', { events, period, shown: counts.drawn })
        : counts.claims === undefined
          ? t('timeline.countPending', { events, period })
          : t('timeline.count', {
              events,
              claims: t('timeline.claims', { count: counts.claims }),
              period,
            })}
    </p>
  );
}
