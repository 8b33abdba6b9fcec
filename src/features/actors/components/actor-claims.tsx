import { useTranslation } from 'react-i18next';
import { useEventShards } from '@/api/get-event-shard';
import { EmptyState } from '@/components/ui/empty-state';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { ActorProfile } from '../utils/actor-profile';
import { ActorEventSection } from './actor-event-section';

interface ActorClaimsProps {
  profile: ActorProfile;
  lookups: CorpusLookups;
}

/** Every claim the party made, one region per event, each loading (and failing) on its own. */
export function ActorClaims({ profile, lookups }: ActorClaimsProps) {
  const { t } = useTranslation();
  const { actor, events } = profile;
  const shards = useEventShards(events.map((event) => event.shard));
  // The total waits for every event: a count that grows as shards arrive would mislead.
  const total = shards.every((shard) => shard.isSuccess)
    ? shards.reduce(
        (sum, shard) => sum + shard.data.claims.filter((claim) => claim.saidBy === actor.id).length,
        0,
      )
    : undefined;

  return (
    <section aria-labelledby="actor-claims-title">
      <h2 id="actor-claims-title" className="text-xl font-bold">
        {t('actors.claimsTitle')}
      </h2>
      {events.length === 0 ? (
        <EmptyState>{t('actors.noClaims')}</EmptyState>
      ) : (
        <>
          {total !== undefined ? (
            <p className="mt-1 text-stone-700">
              {t('actors.claimsSummary', {
                count: events.length,
                claims: t('actors.claimCount', { count: total }),
              })}
            </p>
          ) : null}
          <ol className="mt-4 space-y-6">
            {events.map((event, position) => (
              <li key={event.id}>
                <ActorEventSection
                  actorId={actor.id}
                  event={event}
                  shard={shards[position]}
                  lookups={lookups}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
