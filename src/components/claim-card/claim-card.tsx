import { memo, type ReactNode } from 'react';
import { FigureRows } from '@/components/figure-list';
import { AppAnchor } from '@/components/ui/app-anchor';
import { directionOfTag } from '@/config/languages';
import { paths } from '@/config/paths';
import type { Scope } from '@/corpus/schema';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { sideTone } from '@/lib/side-tones';
import { AttributionLine } from './attribution-line';
import { ClaimDate } from './claim-date';
import { ClaimNote } from './claim-note';
import { ClaimParty } from './claim-party';
import { ClaimStance } from './claim-stance';
import type { ClaimTexts } from './claim-texts';
import { CopyCitationButton } from './copy-citation-button';

/** Which of the claim's words to show: the original, the translation, or both. */
type ClaimTextMode = 'both' | 'original' | 'translation';

interface ClaimCardProps {
  claim: CompiledClaim;
  scopes: ReadonlyMap<string, Scope>;
  lookups: CorpusLookups;
  textMode: ClaimTextMode;
  /** Translated once by the view for all its cards, with the language corpus text is shown in. */
  texts: ClaimTexts;
  /** In-app addresses with the page's ?lang= and ?corpus= (useAppHref), built once per view. */
  hrefOf: (path: string, hash?: string) => string;
  /** Off on the party's own page, where the page names the party already. */
  showParty?: boolean | undefined;
  /** A view's own links beside "Read in source" (the party page's way to the comparison). */
  links?: ReactNode;
}

// Each a target of 24 px at least (WCAG 2.5.8), in a row of small text.
const linkClass =
  'inline-flex min-h-6 items-center font-medium text-teal-800 underline hover:text-teal-950';

/**
 * One party's claim, the same card in the comparison and on party pages: who
 * speaks and how the words reached us, the stance and its gist, the words in
 * the original language, our translation, when and where it was said, and a
 * citation to copy. Landing on `#claim-<id>` marks it (useScrollToHash sets
 * data-linked), with a ring and words, not colour alone.
 * Memoised: a view re-rendered for one party or the text mode leaves the other cards alone.
 */
export const ClaimCard = memo(function ClaimCard({
  claim,
  scopes,
  lookups,
  textMode,
  texts,
  hrefOf,
  showParty = true,
  links,
}: ClaimCardProps) {
  const showOriginal = textMode !== 'translation' || claim.translation === undefined;
  const showTranslation = textMode !== 'original' && claim.translation !== undefined;
  const tone = sideTone(lookups.actors.get(claim.saidBy)?.side, lookups.sideOrder);

  return (
    <article
      id={`claim-${claim.id}`}
      data-claim={claim.id}
      className={`group scroll-mt-4 rounded-md border border-stone-200 bg-white p-3 pt-0 shadow-xs data-[linked]:bg-amber-50 data-[linked]:ring-4 data-[linked]:ring-amber-500 data-[linked]:ring-offset-2 print:break-inside-avoid print:shadow-none print:data-[linked]:ring-0`}
    >
      {/* The side's colour, which the overview's party bars share; the side is named in words below. */}
      <div aria-hidden="true" className={`-mx-3 mb-3 h-1 rounded-t-md ${tone.bar} print:hidden`} />
      <p
        data-linked-label=""
        className="mb-2 hidden text-xs font-bold text-amber-950 uppercase group-data-[linked]:block print:hidden"
      >
        <span aria-hidden="true" className="inline-block rtl:rotate-180">
          ➜
        </span>{' '}
        {texts.linked}
      </p>
      <ClaimParty
        claim={claim}
        lookups={lookups}
        texts={texts}
        hrefOf={hrefOf}
        showParty={showParty}
      />
      <ClaimStance claim={claim} texts={texts} />
      {showOriginal ? (
        <blockquote
          lang={claim.language}
          dir={directionOfTag(claim.language)}
          className="mt-2 text-base leading-relaxed text-stone-900"
        >
          {claim.quote}
        </blockquote>
      ) : null}
      {showTranslation ? (
        <p
          lang="en"
          dir="ltr"
          className={`mt-2 text-sm leading-relaxed ${showOriginal ? 'text-stone-700' : 'text-stone-900'}`}
        >
          <span className="sr-only">{texts.translationLabel}: </span>
          {claim.translation}
        </p>
      ) : null}
      <FigureRows
        figures={claim.figures}
        scopes={scopes}
        lookups={lookups}
        language={texts.language}
        amountOf={texts.amount}
        unitOf={texts.unit}
      />
      <AttributionLine claim={claim} lookups={lookups} texts={texts} hrefOf={hrefOf} />
      <ClaimDate date={claim.saidOn} texts={texts} />
      <ClaimNote note={claim.note} texts={texts} />
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        {/* No address printed after it: print.css leaves links as words (issue #12). */}
        <AppAnchor
          href={hrefOf(paths.source.getHref(claim.source), claim.id)}
          className={linkClass}
        >
          {texts.inSource}
        </AppAnchor>
        {links}
        <CopyCitationButton claim={claim} lookups={lookups} texts={texts} />
      </div>
    </article>
  );
});
