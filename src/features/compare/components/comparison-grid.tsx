import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import type { QuestionStatus } from '@/corpus/compiler/question-status';
import type { CompiledClaim, EventShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import type { TextMode } from '../utils/compare-search';
import { ClaimCard } from './claim-card';
import { QuestionStatusBadge } from './question-status-badge';

interface ComparisonGridProps {
  shard: EventShard;
  parties: readonly string[];
  statusByQuestion: ReadonlyMap<string, QuestionStatus>;
  lookups: CorpusLookups;
  language: LanguageCode;
  textMode: TextMode;
}

/**
 * One column per party, one row per question. Below the md breakpoint the
 * table is laid out as a stack per question, each cell labelled by its party.
 */
export function ComparisonGrid({
  shard,
  parties,
  statusByQuestion,
  lookups,
  language,
  textMode,
}: ComparisonGridProps) {
  const { t } = useTranslation();
  const scopes = new Map(shard.event.scopes.map((scope) => [scope.id, scope]));
  const cells = new Map<string, CompiledClaim[]>();
  for (const claim of shard.claims) {
    const key = `${claim.question}\u0000${claim.saidBy}`;
    const list = cells.get(key);
    if (list) list.push(claim);
    else cells.set(key, [claim]);
  }
  const partyName = (actorId: string) => {
    const actor = lookups.actors.get(actorId);
    return actor ? localized(actor.name, language) : actorId;
  };
  /** The body a person speaks for, else the party's side: context a reader needs under the name. */
  const partyContext = (actorId: string) => {
    const actor = lookups.actors.get(actorId);
    const parent = actor?.memberOf ? lookups.actors.get(actor.memberOf) : undefined;
    if (parent) return localized(parent.name, language);
    const side = lookups.sides.get(actor?.side ?? '');
    return side ? localized(side.label, language) : '';
  };

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-0 text-start max-md:block">
        <caption className="sr-only">
          {t('compare.comparisonOf', { title: localized(shard.event.title, language) })}
        </caption>
        <thead className="max-md:sr-only">
          <tr>
            <th
              scope="col"
              className="w-56 border-b border-stone-300 bg-stone-100 p-2 text-start align-bottom text-sm font-semibold"
            >
              {t('compare.question')}
            </th>
            {parties.map((actorId) => (
              <th
                key={actorId}
                scope="col"
                data-party={actorId}
                className="min-w-56 border-b border-stone-300 bg-stone-100 p-2 text-start align-bottom"
              >
                <bdi className="block text-sm font-semibold text-stone-900">
                  {partyName(actorId)}
                </bdi>
                <bdi className="block text-xs font-normal text-stone-600">
                  {partyContext(actorId)}
                </bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-md:block">
          {shard.event.questions.map((question) => {
            const status = statusByQuestion.get(question.id) ?? 'unanswered';
            return (
              <tr
                key={question.id}
                data-question={question.id}
                data-status={status}
                className={`max-md:mb-6 max-md:block ${status === 'disputed' ? 'bg-rose-50/60' : ''}`}
              >
                <th
                  scope="row"
                  className="border-b border-stone-200 p-2 text-start align-top font-semibold max-md:block max-md:border-b-2 max-md:border-stone-300"
                >
                  <span className="block">{localized(question.label, language)}</span>
                  <span className="mt-1 block">
                    <QuestionStatusBadge status={status} />
                  </span>
                </th>
                {parties.map((actorId) => {
                  const claims = cells.get(`${question.id}\u0000${actorId}`) ?? [];
                  return (
                    <td
                      key={actorId}
                      data-party={actorId}
                      className={`border-b border-stone-200 p-2 align-top max-md:block ${claims.length === 0 ? 'max-md:hidden' : ''}`}
                    >
                      <bdi className="mb-1 block text-sm font-semibold md:hidden">
                        {partyName(actorId)}
                      </bdi>
                      {claims.length === 0 ? (
                        <span className="text-sm text-stone-600">{t('compare.noClaim')}</span>
                      ) : (
                        <div className="space-y-2">
                          {claims.map((claim) => (
                            <ClaimCard
                              key={claim.id}
                              claim={claim}
                              scopes={scopes}
                              lookups={lookups}
                              language={language}
                              textMode={textMode}
                            />
                          ))}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
