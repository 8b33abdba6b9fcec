import { memo, useMemo, type Ref } from 'react';
import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import type { EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { formatList } from '@/lib/format-list';
import { localized } from '@/lib/localized';
import { cardHits } from '../utils/card-hits';
import type { CardSearch } from '../utils/card-search';
import type { EventCardTexts } from '../utils/event-card-texts';
import { CardSummary } from './card-summary';
import { EventVoices, EventWhenWhere } from './event-card-facts';
import { HighlightedText } from './highlighted-text';

interface EventCardProps {
  event: EventSummary;
  lookups: CorpusLookups;
  /** In-app addresses with the page's ?lang= and ?corpus= (useAppHref), built once per list. */
  hrefOf: (path: string) => string;
  /** Translated once by the list for all its cards. */
  texts: EventCardTexts;
  /** The list's search, when there is one: its hits are marked, and where else it matched said. */
  search?: CardSearch | undefined;
  /** For the title's link: the list focuses the first card a "Show more" added. */
  linkRef?: Ref<HTMLAnchorElement> | undefined;
}

/** A card says where a search matched in at most this many places. */
const shownPlaces = 3;

/**
 * Memoised: a filter change re-renders only the cards that were not on screen
 * before; a search keystroke re-renders the title, summary and "matched in" of
 * those on screen, their other parts memoised apart (event-card-facts.tsx).
 */
export const EventCard = memo(function EventCard({
  event,
  lookups,
  hrefOf,
  texts,
  search,
  linkRef,
}: EventCardProps) {
  const { language } = texts;
  const hits = useMemo(
    () => (search ? cardHits(event, search, language) : undefined),
    [event, search, language],
  );
  const nameOf = (id: string) => {
    const actor = lookups.actors.get(id);
    return actor ? localized(actor.name, language) : id;
  };

  return (
    // Off-screen cards skip layout and paint until scrolled near (content-visibility).
    <li className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs [contain-intrinsic-size:auto_14rem] [content-visibility:auto]">
      <h2 className="text-lg font-semibold">
        <AppAnchor
          ref={linkRef}
          href={hrefOf(paths.event.getHref(event.id))}
          className="text-teal-900 hover:text-teal-700 hover:underline"
        >
          <HighlightedText text={localized(event.title, language)} ranges={hits?.title ?? []} />
        </AppAnchor>
      </h2>
      <EventWhenWhere event={event} lookups={lookups} texts={texts} />
      <CardSummary
        text={localized(event.summary, language)}
        hits={hits?.summary ?? []}
        texts={texts}
      />
      {hits && hits.elsewhere.length > 0 ? (
        <p data-matched-in="" className="mt-2 text-sm text-stone-700 italic">
          {texts.matchedIn(
            formatList(
              hits.elsewhere
                .slice(0, shownPlaces)
                .map(({ field, actor }) =>
                  texts.matchedField(field, actor === undefined ? '' : nameOf(actor)),
                ),
              language,
            ),
          )}
        </p>
      ) : null}
      <EventVoices event={event} lookups={lookups} texts={texts} hrefOf={hrefOf} />
    </li>
  );
});
