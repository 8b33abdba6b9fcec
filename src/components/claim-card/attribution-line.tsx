import { Fragment } from 'react';
import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { ClaimTexts } from './claim-texts';
import { carrierNames } from './claim-words';

/**
 * "carried by Y → Z": the chain of outlets between the speaker and us, each
 * outlet the corpus knows a link to its party page. Plain text between the
 * names, not a wrapper per word: a comparison repeats this line for every claim.
 */
export function AttributionLine({
  claim,
  lookups,
  texts,
  hrefOf,
}: {
  claim: CompiledClaim;
  lookups: CorpusLookups;
  texts: Pick<ClaimTexts, 'language' | 'carriedBy' | 'unnamedOutlet'>;
  hrefOf: (path: string) => string;
}) {
  const chain = carrierNames(claim, lookups, texts);
  if (chain.length === 0) return null;
  return (
    <p data-carriers="" className="mt-2 text-xs text-stone-600">
      {texts.carriedBy}{' '}
      {chain.map((name, position) => {
        // The chain is reportedBy in order; an unnamed outlet, if any, comes last.
        const outlet = claim.reportedBy[position];
        return (
          <Fragment key={`${name}-${position}`}>
            {position > 0 ? (
              <span aria-hidden="true" className="inline-block rtl:rotate-180">
                {' → '}
              </span>
            ) : null}
            {outlet !== undefined && lookups.actors.has(outlet) ? (
              <AppAnchor
                href={hrefOf(paths.actor.getHref(outlet))}
                className="underline decoration-stone-400 underline-offset-2 hover:text-teal-900"
              >
                <bdi>{name}</bdi>
              </AppAnchor>
            ) : (
              <bdi>{name}</bdi>
            )}
          </Fragment>
        );
      })}
    </p>
  );
}
