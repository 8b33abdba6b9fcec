import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { EventHeading } from '@/components/event-heading';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { EventShard, EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { actorDisputes } from '../utils/actor-disputes';
import { ActorDisputeList } from './actor-dispute-list';
import { ActorQuestionClaims } from './actor-question-claims';

interface ActorEventSectionProps {
  actorId: string;
  /** The bodies whose claims are shown: the party, with or without its members. */
  speakers: ReadonlySet<string>;
  /** Whether each card names the body that made the claim. */
  namesSpeaker: boolean;
  event: EventSummary;
  shard: UseQueryResult<EventShard> | undefined;
  lookups: CorpusLookups;
}

/** One event on a party page: who contradicts the party there, then what it said. */
export function ActorEventSection({
  actorId,
  speakers,
  namesSpeaker,
  event,
  shard,
  lookups,
}: ActorEventSectionProps) {
  const { t } = useTranslation();
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
            disputes={actorDisputes(shard.data, speakers)}
            scopes={shard.data.event.scopes}
            lookups={lookups}
          />
          <ActorQuestionClaims
            speakers={speakers}
            namesSpeaker={namesSpeaker}
            shard={shard.data}
            lookups={lookups}
          />
        </>
      ) : null}
    </section>
  );
}
