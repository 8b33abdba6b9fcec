import { Fragment } from 'react';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import type { ClaimTexts } from '../utils/claim-texts';

/**
 * "said by X · reported by Y → Z": who spoke, and the chain of outlets that carried it.
 * Plain text between the names, not a wrapper per word: a comparison repeats this line
 * for every claim.
 */
export function AttributionLine({
  claim,
  lookups,
  texts,
}: {
  claim: CompiledClaim;
  lookups: CorpusLookups;
  texts: Pick<ClaimTexts, 'language' | 'saidBy' | 'reportedBy' | 'unnamedOutlet'>;
}) {
  const nameOf = (actorId: string) => {
    const actor = lookups.actors.get(actorId);
    return actor ? localized(actor.name, texts.language) : actorId;
  };
  const source = lookups.sources.get(claim.source);
  const chain = claim.reportedBy.map(nameOf);
  if (source?.outlet === null) chain.push(texts.unnamedOutlet);

  return (
    <p className="mt-2 text-xs text-stone-600">
      {texts.saidBy} <bdi className="font-medium text-stone-800">{nameOf(claim.saidBy)}</bdi>
      {chain.length > 0 ? (
        <>
          <span aria-hidden="true"> · </span>
          {texts.reportedBy}{' '}
          {chain.map((name, position) => (
            <Fragment key={`${name}-${position}`}>
              {position > 0 ? (
                <span aria-hidden="true" className="inline-block rtl:rotate-180">
                  {' → '}
                </span>
              ) : null}
              <bdi>{name}</bdi>
            </Fragment>
          ))}
        </>
      ) : null}
    </p>
  );
}
