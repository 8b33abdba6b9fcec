import { Fragment } from 'react';
import { LISTED_DISPUTES } from '@/corpus/rules/event-disputes';
import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import type { EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { listFormat } from '@/lib/intl-formatters';
import { intlLocale } from '@/lib/intl-locale';
import { localized } from '@/lib/localized';
import type { EventCardTexts } from '../utils/event-card-texts';

/** A card names two disputed questions, and up to four parties on each; the rest as a count. */
const shownParties = 4;

interface DisputeListProps {
  event: EventSummary;
  disputes: NonNullable<EventSummary['disputes']>;
  lookups: CorpusLookups;
  hrefOf: (path: string) => string;
  texts: EventCardTexts;
}

/**
 * "Did government forces lose positions? between the Ministry of Defence and
 * state media": each disputed question with the parties whose accounts clash
 * on it, names linking to their pages, the list formatted by the language's
 * rules ("A, B and 2 others", "أ وب وطرفان آخران").
 */
export function DisputeList({ event, disputes, lookups, hrefOf, texts }: DisputeListProps) {
  const { language } = texts;
  const format = listFormat(intlLocale[language], { style: 'long', type: 'conjunction' });
  // The index names the first few; the count says how many there are.
  const more = Math.max(event.disputedQuestionCount, disputes.length) - LISTED_DISPUTES;
  return (
    <>
      <ul className="mt-1 space-y-1 text-sm text-stone-800">
        {disputes.slice(0, LISTED_DISPUTES).map((dispute) => {
          const known = dispute.parties.filter((id) => lookups.actors.has(id));
          const named = known.length > shownParties ? known.slice(0, shownParties - 1) : known;
          const others = known.length - named.length;
          const items = [
            ...named.map((_, position) => String(position)),
            ...(others > 0 ? [texts.otherParties(others)] : []),
          ];
          return (
            <li key={dispute.question} className="border-s-2 border-rose-700 ps-2">
              <span className="font-medium">{localized(dispute.title, language)}</span>{' '}
              {/* A corpus naming parties it does not describe still names the question. */}
              {items.length === 0 ? null : (
                <span className="text-stone-700">
                  {texts.disputedBetween}{' '}
                  {format.formatToParts(items).map((part, position) => {
                    // Names went in as their positions; "2 others" went in as itself.
                    const id =
                      part.type === 'element' && /^\d+$/.test(part.value)
                        ? named[Number(part.value)]
                        : undefined;
                    if (id === undefined) return <Fragment key={position}>{part.value}</Fragment>;
                    const actor = lookups.actors.get(id);
                    return (
                      <AppAnchor
                        key={position}
                        href={hrefOf(paths.actor.getHref(id))}
                        className="text-teal-800 underline hover:text-teal-950"
                      >
                        <bdi>{actor ? localized(actor.name, language) : id}</bdi>
                      </AppAnchor>
                    );
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {more > 0 ? (
        <p className="mt-1 text-sm">
          <AppAnchor
            href={hrefOf(paths.event.getHref(event.id))}
            className="text-teal-800 underline hover:text-teal-950"
          >
            {texts.moreDisputes(more)}
          </AppAnchor>
        </p>
      ) : null}
    </>
  );
}
