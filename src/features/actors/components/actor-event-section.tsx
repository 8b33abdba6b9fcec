import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EventHeading } from '@/components/event-heading';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { EventShard, EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { actorClaimsByQuestion, actorDisputes } from '../utils/actor-disputes';
import { ActorClaimCard } from './actor-claim-card';
import { ActorDisputeList } from './actor-dispute-list';

interface ActorEventSectionProps {
  actorId: string;
  event: EventSummary;
  shard: UseQueryResult<EventShard> | undefined;
  lookups: CorpusLookups;
}

/** One event on a party page: who contradicts the party there, then what it said. */
export function ActorEventSection({ actorId, event, shard, lookups }: ActorEventSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `event-${event.id}`;

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs"
    >
      <EventHeading
        event={event}
        id={headingId}
        datesLabel={t('actors.eventDates')}
        className="text-lg font-semibold"
      />
      {shard === undefined || shard.isPending ? <LoadingState /> : null}
      {shard?.isError ? (
        <ErrorState
          message={t('actors.eventError')}
          detail={shard.error.message}
          onRetry={() => void shard.refetch()}
        />
      ) : null}
      {shard?.isSuccess ? (
        <>
          <ActorDisputeList
            actorId={actorId}
            eventId={event.id}
            disputes={actorDisputes(shard.data, actorId)}
            scopes={shard.data.event.scopes}
            lookups={lookups}
          />
          <ol className="mt-4 space-y-4">
            {actorClaimsByQuestion(shard.data, actorId).map(({ question, claims }) => (
              <li key={question.id}>
                <p className="text-sm text-stone-700">
                  {t('actors.onQuestion')}:{' '}
                  <span className="font-semibold text-stone-900">
                    {localized(question.label, language)}
                  </span>
                </p>
                <ul className="mt-2 space-y-3">
                  {claims.map((claim) => (
                    <li key={claim.id}>
                      <ActorClaimCard
                        claim={claim}
                        scopes={shard.data.event.scopes}
                        lookups={lookups}
                      />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
