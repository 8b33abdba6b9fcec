import { Fragment } from 'react';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { ClaimTexts } from './claim-texts';
import { carrierNames } from './claim-words';

/**
 * "carried by Y → Z": the chain of outlets between the speaker and us.
 * Plain text between the names, not a wrapper per word: a comparison repeats
 * this line for every claim.
 */
export function AttributionLine({
  claim,
  lookups,
  texts,
}: {
  claim: CompiledClaim;
  lookups: CorpusLookups;
  texts: Pick<ClaimTexts, 'language' | 'carriedBy' | 'unnamedOutlet'>;
}) {
  const chain = carrierNames(claim, lookups, texts);
  if (chain.length === 0) return null;
  return (
    <p data-carriers="" className="mt-2 text-xs text-stone-600">
      {texts.carriedBy}{' '}
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
    </p>
  );
}
