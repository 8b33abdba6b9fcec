import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { isolate } from '@/lib/bidi-isolate';
import { IsolatedText } from '@/components/ui/isolated-text';
import type { ClaimTexts } from './claim-texts';
import { partyName, partyRole, wordingText } from './claim-words';

interface ClaimPartyProps {
  claim: CompiledClaim;
  lookups: CorpusLookups;
  texts: ClaimTexts;
  hrefOf: (path: string) => string;
  /** Off on the party's own page, where its name heads the page already. */
  showParty: boolean;
}

/**
 * Who speaks, where they stand, and how their words reached us: the card's
 * first lines, since a card in a question's section has no column header above it.
 */
export function ClaimParty({ claim, lookups, texts, hrefOf, showParty }: ClaimPartyProps) {
  const speaker = lookups.actors.get(claim.saidBy);
  const wording = wordingText(claim, lookups, texts, isolate);
  return (
    <div className="mb-2">
      {showParty ? (
        <p className="font-semibold leading-snug">
          {speaker ? (
            // hrefOf keeps ?lang= and ?corpus=, as the router does for every <Link>.
            <AppAnchor
              href={hrefOf(paths.actor.getHref(claim.saidBy))}
              // A target of 24 px at least (WCAG 2.5.8): the name is a line of its own, not a link in a sentence.
              className="inline-block py-0.5 text-stone-950 underline decoration-stone-400 underline-offset-2 hover:text-teal-900 hover:decoration-teal-800"
            >
              <bdi>{partyName(claim.saidBy, lookups, texts.language)}</bdi>
            </AppAnchor>
          ) : (
            <bdi>{claim.saidBy}</bdi>
          )}
        </p>
      ) : null}
      <p data-card-role="" className="text-xs text-stone-600">
        <bdi>{partyRole(speaker, lookups, texts)}</bdi>
        {wording === undefined ? null : (
          <>
            <span aria-hidden="true"> · </span>
            <span data-wording={claim.wording}>
              <IsolatedText text={wording} />
            </span>
          </>
        )}
      </p>
    </div>
  );
}
