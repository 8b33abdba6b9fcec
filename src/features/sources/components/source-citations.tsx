import { useTranslation } from '@/lib/use-translation';
import { AppAnchor } from '@/components/ui/app-anchor';
import { directionOfTag, type LanguageCode } from '@/config/languages';
import { paths } from '@/config/paths';
import type { SourceShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { stanceTones } from '@/lib/stance-marks';
import { StanceMark } from '@/components/ui/stance-mark';
import { quoteStart } from '../utils/quote-start';
import type { EventQuotes } from '../utils/quotes-by-event';

type Quote = SourceShard['quotes'][number];

interface SourceCitationsProps {
  shard: SourceShard;
  groups: readonly EventQuotes[];
  lookups: CorpusLookups;
  language: LanguageCode;
  hrefOf: (path: string, hash?: string) => string;
}

const linkClass = 'font-medium text-teal-800 underline hover:text-teal-950';

/**
 * The claims that quote this text, under the events they belong to: who made each (a link to
 * its party page), its stance, how the quote begins, and links to the claim in its comparison
 * and to its words in the text below.
 */
export function SourceCitations({
  shard,
  groups,
  lookups,
  language,
  hrefOf,
}: SourceCitationsProps) {
  const { t } = useTranslation();
  const claims = t('sources.citations.claims', { count: shard.quotes.length });
  const events = t('sources.citations.events', { count: groups.length });
  return (
    <section aria-labelledby="source-citations" className="text-sm">
      <h2 id="source-citations" className="text-lg font-bold">
        {t('sources.citations.title')}
      </h2>
      {groups.length === 0 ? (
        <p className="mt-1 text-stone-700">{t('sources.citations.none')}</p>
      ) : (
        <>
          <p className="mt-1 text-stone-700">
            {t('sources.citations.summary', { claims, events })}
          </p>
          <ol className="mt-3 space-y-4">
            {groups.map((group) => {
              const event = lookups.events.get(group.event);
              return (
                <li key={group.event} data-event={group.event}>
                  <h3 className="font-semibold text-stone-800">
                    <span className="sr-only">{t('sources.citations.onEvent')}: </span>
                    <AppAnchor
                      href={hrefOf(paths.event.getHref(group.event))}
                      className={linkClass}
                    >
                      <bdi>{event ? localized(event.title, language) : group.event}</bdi>
                    </AppAnchor>
                  </h3>
                  <ul className="mt-2 space-y-3 border-s-2 border-stone-200 ps-3">
                    {group.quotes.map((quote) => (
                      <CitingClaim
                        key={quote.claim}
                        quote={quote}
                        shard={shard}
                        lookups={lookups}
                        language={language}
                        hrefOf={hrefOf}
                      />
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

function CitingClaim({
  quote,
  shard,
  lookups,
  language,
  hrefOf,
}: { quote: Quote } & Omit<SourceCitationsProps, 'groups'>) {
  const { t } = useTranslation();
  const party = quote.saidBy ? lookups.actors.get(quote.saidBy) : undefined;
  const sourceLanguage = shard.source.language;
  const partyName = party ? localized(party.name, language) : (quote.saidBy ?? quote.claim);
  return (
    <li data-claim={quote.claim}>
      <p className="font-semibold">
        {quote.saidBy ? (
          <AppAnchor href={hrefOf(paths.actor.getHref(quote.saidBy))} className={linkClass}>
            <bdi>{partyName}</bdi>
          </AppAnchor>
        ) : null}
        {quote.stance ? (
          <span data-stance={quote.stance} className={`ms-2 ${stanceTones[quote.stance]}`}>
            <StanceMark stance={quote.stance} /> {t(`stance.${quote.stance}`)}
          </span>
        ) : null}
      </p>
      <blockquote
        lang={sourceLanguage}
        dir={directionOfTag(sourceLanguage)}
        className="mt-1 text-base text-stone-900"
      >
        {quoteStart(shard.text.slice(quote.start, quote.end))}
      </blockquote>
      <p className="mt-1 flex flex-wrap gap-x-3 text-xs">
        <AppAnchor
          href={hrefOf(paths.event.getHref(quote.event), `claim-${quote.claim}`)}
          className={linkClass}
        >
          {t('sources.citations.inComparison')}
          <span className="sr-only"> ({partyName})</span>
        </AppAnchor>
        <AppAnchor
          href={hrefOf(paths.source.getHref(shard.source.id), quote.claim)}
          className={linkClass}
        >
          {t('sources.citations.inText')}
          <span className="sr-only"> ({partyName})</span>
        </AppAnchor>
      </p>
    </li>
  );
}
