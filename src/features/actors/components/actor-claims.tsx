import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useEventShards } from '@/api/get-event-shard';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PARTY_EVENTS_PAGE } from '@/corpus/limits';
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
  const { actor, events, speakers } = profile;
  // With its members, each card names the body that spoke: Russia's page holds its ministry's words.
  const namesSpeaker = profile.withMembers && profile.memberCount > 0;
  // A page of events at a time: only the events listed fetch their shards.
  const [listed, setListed] = useState(PARTY_EVENTS_PAGE);
  const shown = events.slice(0, listed);
  const shards = useEventShards(shown.map((event) => event.shard));
  const unlisted = events.length - shown.length;
  // The total waits for every event: a count that grows as shards arrive would mislead.
  const total =
    unlisted === 0 && shards.every((shard) => shard.isSuccess)
      ? shards.reduce(
          (sum, shard) =>
            sum + shard.data.claims.filter((claim) => speakers.has(claim.saidBy)).length,
          0,
        )
      : undefined;

  return (
    <section aria-labelledby="actor-claims-title">
      <h2 id="actor-claims-title" className="text-xl font-bold">
        {namesSpeaker ? t('actors.claimsTitleWithMembers') : t('actors.claimsTitle')}
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
            {shown.map((event, position) => (
              <li key={event.id}>
                <ActorEventSection
                  actorId={actor.id}
                  speakers={speakers}
                  namesSpeaker={namesSpeaker}
                  event={event}
                  shard={shards[position]}
                  lookups={lookups}
                />
              </li>
            ))}
          </ol>
          {unlisted > 0 ? (
            <div className="mt-6 flex flex-wrap items-center gap-3">
              <p className="text-stone-700">
                {t('actors.eventsShown', { count: events.length, shown: shown.length })}
              </p>
              <Button
                onClick={() => {
                  setListed((count) => count + PARTY_EVENTS_PAGE);
                }}
              >
                {t('actors.showMoreEvents', { count: Math.min(unlisted, PARTY_EVENTS_PAGE) })}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
