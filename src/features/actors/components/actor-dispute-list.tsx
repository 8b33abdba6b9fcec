import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import type { Scope } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { takesDefiniteArticle } from '@/lib/english-article';
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

/** A party named in a sentence: "the" before it where English needs one, the name a link unless it is this page's. */
function NameInSentence({
  article,
  actorId,
  children,
}: {
  article: string;
  actorId: string | undefined;
  children?: ReactNode;
}) {
  return (
    <>
      {article}
      {actorId === undefined ? (
        <bdi>{children}</bdi>
      ) : (
        <Link to={paths.actor.path} params={{ actorId }} className={linkClass}>
          {children}
        </Link>
      )}
    </>
  );
}

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
  const sentence = (dispute: ActorDispute) => {
    const key = `actors.reasons.${dispute.kind}` as const;
    // Which party opens the sentence in this language's words, so its "the" is capitalised.
    const template = t(key);
    const nameNode = (id: string, tag: 'first' | 'second') => {
      const opens = template.startsWith(`<${tag}>`);
      const article =
        language === 'en' && takesDefiniteArticle(nameOf(id)) ? (opens ? 'The ' : 'the ') : '';
      return <NameInSentence article={article} actorId={id === actorId ? undefined : id} />;
    };
    const metric = dispute.metric ? lookups.metrics.get(dispute.metric) : undefined;
    const scope = scopes.find((candidate) => candidate.id === dispute.scope);
    const [first, second] = dispute.parties;
    // The other party's name links to its page; this page's party stays plain text.
    return (
      <Trans
        i18nKey={key}
        values={{
          first: nameOf(first),
          second: nameOf(second),
          metric: metric ? localized(metric.label, language) : (dispute.metric ?? ''),
          scope: scope ? localized(scope.label, language) : (dispute.scope ?? ''),
        }}
        components={{ first: nameNode(first, 'first'), second: nameNode(second, 'second') }}
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
