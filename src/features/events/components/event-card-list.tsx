import { useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { EventSummary, SearchShard } from '@/corpus/shards';
import { useAppHref } from '@/lib/app-links/use-app-href';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { useLanguage } from '@/lib/use-language';
import { useShownCount } from '@/lib/use-shown-count';
import { cardSearch } from '../utils/card-search';
import { eventCardTexts } from '../utils/event-card-texts';
import { EventCard } from './event-card';
import { Button } from '@/components/ui/button';

/** How many cards render at first and per "Show more": enough to fill screens, few enough to stay instant. */
export const eventPageSize = 60;

interface EventCardListProps {
  /** Changes with the filters: a new query starts again from the first page. */
  pageKey: string;
  events: readonly EventSummary[];
  lookups: CorpusLookups;
  /** The list's search, whose hits the cards mark. */
  query?: string | undefined;
  /** Once in, it tells the cards where a search matched beyond their title and summary. */
  searchShard?: SearchShard | undefined;
}

/**
 * The matching events, a page at a time. A newsroom corpus has thousands of
 * events; rendering every card on each filter change would take seconds, so
 * the list grows on request instead. A new `pageKey` starts again from the
 * first page without remounting: cards still in the list keep their DOM.
 */
export function EventCardList({
  pageKey,
  events,
  lookups,
  query,
  searchShard,
}: EventCardListProps) {
  const { t } = useTranslation();
  const hrefOf = useAppHref();
  const language = useLanguage();
  const texts = useMemo(() => eventCardTexts(t, language), [t, language]);
  const search = useMemo(() => cardSearch(query, searchShard), [query, searchShard]);
  const { shown: limit, showMore, firstNewRef } = useShownCount(eventPageSize, pageKey);
  const remaining = events.length - limit;
  return (
    <>
      <ul className="mt-3 grid gap-4 lg:grid-cols-2">
        {events.slice(0, limit).map((event, index) => (
          <EventCard
            key={event.id}
            linkRef={firstNewRef(index)}
            event={event}
            lookups={lookups}
            hrefOf={hrefOf}
            texts={texts}
            search={search}
          />
        ))}
      </ul>
      {remaining > 0 ? (
        <Button size="md" onClick={showMore} className="mt-4 text-sm">
          {t('events.showMore', { count: Math.min(remaining, eventPageSize) })}
        </Button>
      ) : null}
    </>
  );
}
