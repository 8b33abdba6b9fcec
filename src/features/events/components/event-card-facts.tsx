import { memo } from 'react';
import { PartyLinkList } from '@/components/party-link-list';
import { DateRangeInWords } from '@/components/ui/date-text';
import type { EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { eventSides } from '@/lib/event-sides';
import { formatList } from '@/lib/format-list';
import { localized } from '@/lib/localized';
import type { EventCardTexts } from '../utils/event-card-texts';
import { DisputeList } from './dispute-list';

/*
 * The parts of an event card a search does not change, memoised on their own:
 * every keystroke re-renders the cards on screen to mark its hits, and these
 * (dozens of links and formatted lists) need not follow.
 */

interface FactsProps {
  event: EventSummary;
  lookups: CorpusLookups;
  texts: EventCardTexts;
}

/** When and where: "19 Jun 2019 · Hama military airport". */
export const EventWhenWhere = memo(function EventWhenWhere({ event, lookups, texts }: FactsProps) {
  const { language } = texts;
  const places = event.places.flatMap((id) => {
    const place = lookups.places.get(id);
    return place ? [localized(place.name, language)] : [];
  });
  return (
    <p className="mt-1 text-sm text-stone-700">
      {/* A <time dateTime> told as every view tells dates, "(inferred)" included. */}
      <DateRangeInWords range={event.date} language={language} words={texts.dates} />
      {places.length > 0 ? <span> · {formatList(places, language)}</span> : null}
    </p>
  );
});

/** Who spoke, for which sides, how much, and what is disputed between whom. */
export const EventVoices = memo(function EventVoices({
  event,
  lookups,
  texts,
  hrefOf,
}: FactsProps & { hrefOf: (path: string) => string }) {
  const { language } = texts;
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
    <>
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
      {/* What is disputed and between whom; corpora compiled before `disputes` keep the count. */}
      {event.disputes && event.disputes.length > 0 ? (
        <DisputeList
          event={event}
          disputes={event.disputes}
          lookups={lookups}
          hrefOf={hrefOf}
          texts={texts}
        />
      ) : null}
    </>
  );
});
