import { Link } from '@tanstack/react-router';
import { Trans, useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import type { Scope } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import type { ActorDispute, QuestionDisputes } from '../utils/actor-disputes';

interface ActorDisputeListProps {
  actorId: string;
  eventId: string;
  disputes: readonly QuestionDisputes[];
  scopes: readonly Scope[];
  lookups: CorpusLookups;
}

const linkClass = 'text-teal-800 underline hover:text-teal-950';

/** The questions of one event where another party's account and this one's cannot both stand. */
export function ActorDisputeList({
  actorId,
  eventId,
  disputes,
  scopes,
  lookups,
}: ActorDisputeListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = (id: string) => {
    const actor = lookups.actors.get(id);
    return actor ? localized(actor.name, language) : id;
  };
  const nameNode = (id: string) =>
    id === actorId ? (
      <bdi />
    ) : (
      <Link to={paths.actor.path} params={{ actorId: id }} className={linkClass} />
    );
  const sentence = (dispute: ActorDispute) => {
    const metric = dispute.metric ? lookups.metrics.get(dispute.metric) : undefined;
    const scope = scopes.find((candidate) => candidate.id === dispute.scope);
    const [first, second] = dispute.parties;
    // The other party's name links to its page; this page's party stays plain text.
    return (
      <Trans
        i18nKey={`actors.reasons.${dispute.kind}`}
        values={{
          first: nameOf(first),
          second: nameOf(second),
          metric: metric ? localized(metric.label, language) : (dispute.metric ?? ''),
          scope: scope ? localized(scope.label, language) : (dispute.scope ?? ''),
        }}
        components={{ first: nameNode(first), second: nameNode(second) }}
      />
    );
  };

  return (
    <div className="mt-3">
      <h4 className="font-semibold text-stone-900">{t('actors.disputesTitle')}</h4>
      {disputes.length === 0 ? (
        <p className="mt-1 text-sm text-stone-700">{t('actors.disputesNone')}</p>
      ) : (
        <ul className="mt-2 space-y-3" data-testid="actor-disputes">
          {disputes.map(({ question, disputes: clashes }) => (
            <li key={question.id} className="border-s-4 border-rose-300 ps-3">
              <p className="font-medium">{localized(question.label, language)}</p>
              <ul className="mt-1 space-y-1 text-sm">
                {clashes.map((clash) => (
                  <li key={`${clash.kind}-${clash.parties.join('-')}-${clash.scope ?? ''}`}>
                    <span>{sentence(clash)}</span>{' '}
                    {clash.otherClaims.map((claimId, position) => (
                      <span key={claimId}>
                        {position > 0 ? ' · ' : ' '}
                        <Link
                          to={paths.event.path}
                          params={{ eventId }}
                          hash={`claim-${claimId}`}
                          className={linkClass}
                        >
                          {clash.otherClaims.length > 1
                            ? t('actors.theirClaimNumbered', {
                                party: nameOf(clash.other),
                                n: position + 1,
                              })
                            : t('actors.theirClaim', { party: nameOf(clash.other) })}
                        </Link>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
