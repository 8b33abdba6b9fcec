import { memo } from 'react';
import { PartyLinkList } from '@/components/party-link-list';
import { AppAnchor } from '@/components/ui/app-anchor';
import { DateRangeInWords } from '@/components/ui/date-text';
import { paths } from '@/config/paths';
import type { EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { eventSides } from '@/lib/event-sides';
import { formatList } from '@/lib/format-list';
import { localized } from '@/lib/localized';
import type { EventCardTexts } from '../utils/event-card-texts';

interface EventCardProps {
  event: EventSummary;
  lookups: CorpusLookups;
  /** In-app addresses with the page's ?lang= and ?corpus= (useAppHref), built once per list. */
  hrefOf: (path: string) => string;
  /** Translated once by the list for all its cards. */
  texts: EventCardTexts;
}

/** Memoised: a filter change re-renders only the cards that were not on screen before. */
export const EventCard = memo(function EventCard({
  event,
  lookups,
  hrefOf,
  texts,
}: EventCardProps) {
  const { language } = texts;
  const names = (ids: readonly string[], pick: (id: string) => string | undefined) =>
    ids.map(pick).filter((name) => name !== undefined);
  const places = names(event.places, (id) => {
    const place = lookups.places.get(id);
    return place && localized(place.name, language);
  });
  // Each a link to the party's page; an id the corpus does not describe has no page to open.
  const parties = event.parties.filter((id) => lookups.actors.has(id));
  const nameOf = (id: string) => {
    const actor = lookups.actors.get(id);
    return actor ? localized(actor.name, language) : id;
  };

  // Which sides spoke, so a reader sees an event heard from one camp before opening it.
  const { spoke, unsided } = eventSides(event.parties, lookups);
  const sides = [
    ...spoke.map((voices) => {
      const side = lookups.sides.get(voices.side);
      return `${side ? localized(side.label, language) : voices.side} · ${String(voices.parties.length)}`;
    }),
    ...(unsided.length > 0 ? [`${texts.noSide} · ${String(unsided.length)}`] : []),
  ];

  return (
    // Off-screen cards skip layout and paint until scrolled near (content-visibility).
    <li className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs [contain-intrinsic-size:auto_11rem] [content-visibility:auto]">
      <h2 className="text-lg font-semibold">
        <AppAnchor
          href={hrefOf(paths.event.getHref(event.id))}
          className="text-teal-900 hover:text-teal-700 hover:underline"
        >
          {localized(event.title, language)}
        </AppAnchor>
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {/* A <time dateTime> told as every view tells dates, "(inferred)" included. */}
        <DateRangeInWords range={event.date} language={language} words={texts.dates} />
        {places.length > 0 ? <span> · {formatList(places, language)}</span> : null}
      </p>
      <p className="mt-2 text-sm text-stone-800">{localized(event.summary, language)}</p>
      <p className="mt-2 text-sm text-stone-700">
        <span className="font-medium">{texts.parties}:</span>{' '}
        <PartyLinkList parties={parties} nameOf={nameOf} language={language} />
      </p>
      <p data-event-sides="" className="mt-1 text-sm text-stone-700">
        <span className="font-medium">{texts.sides}:</span>{' '}
        {sides.map((text, position) => (
          <span key={text}>
            {position > 0 ? (language === 'ar' ? '، ' : ', ') : null}
            <bdi>{text}</bdi>
          </span>
        ))}
      </p>
      <p className="mt-2 flex flex-wrap gap-3 text-sm">
        <span className="text-stone-700">{texts.claims(event.claimCount)}</span>
        <span
          className={
            event.disputedQuestionCount > 0 ? 'font-semibold text-rose-800' : 'text-stone-700'
          }
        >
          {texts.disputed(event.disputedQuestionCount)}
        </span>
      </p>
    </li>
  );
});
