import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { ClaimCard } from '@/components/claim-card/claim-card';
import { useClaimCards } from '@/components/claim-card/use-claim-cards';
import { paths } from '@/config/paths';
import type { EventShard } from '@/corpus/shards';
import { withShardSources, type CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { actorClaimsByQuestion } from '../utils/actor-disputes';

interface ActorQuestionClaimsProps {
  speakers: ReadonlySet<string>;
  namesSpeaker: boolean;
  shard: EventShard;
  lookups: CorpusLookups;
}

const linkClass = 'font-medium text-teal-800 underline hover:text-teal-950';

/**
 * The party's claims in one event, question by question, on the same card as
 * the comparison's, with a way to the claim among the other accounts. A card
 * names who spoke when the page gathers the party's members too; alone, the
 * page's heading names it already.
 */
export function ActorQuestionClaims({
  speakers,
  namesSpeaker,
  shard,
  lookups,
}: ActorQuestionClaimsProps) {
  const { t } = useTranslation();
  const { texts, scopes, language, hrefOf } = useClaimCards(shard);
  // The cards name the outlets that carried each claim, which the event's shard brings.
  const shardLookups = withShardSources(lookups, shard);

  return (
    <ol className="mt-4 space-y-4">
      {actorClaimsByQuestion(shard, speakers).map(({ question, claims }) => (
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
                <ClaimCard
                  claim={claim}
                  scopes={scopes}
                  lookups={shardLookups}
                  textMode="both"
                  texts={texts}
                  hrefOf={hrefOf}
                  showParty={namesSpeaker}
                  links={
                    <Link
                      to={paths.event.path}
                      params={{ eventId: claim.event }}
                      hash={`claim-${claim.id}`}
                      className={linkClass}
                    >
                      {t('actors.inComparison')}
                    </Link>
                  }
                />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
