import type { Ref } from 'react';
import { useTranslation } from '@/lib/use-translation';

interface ResultCountProps {
  shown: number;
  total: number;
  filtered: boolean;
  ref?: Ref<HTMLParagraphElement>;
}

/** Announced politely as filters change: "3 of 7 events". Focus lands here when a filter is removed. */
export function ResultCount({ shown, total, filtered, ref }: ResultCountProps) {
  const { t } = useTranslation();
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className="font-medium text-stone-800 focus:outline-none"
    >
      {filtered
        ? t('eventFilters.resultCount', { shown, count: total })
        : t('eventFilters.total', { count: total })}
    </p>
  );
}
