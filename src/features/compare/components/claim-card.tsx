import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import { FigureRows } from '@/components/figure-list';
import { StanceLabel } from '@/components/stance-badge';
import { directionOfTag } from '@/config/languages';
import { paths } from '@/config/paths';
import type { Scope } from '@/corpus/schema';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { ClaimTexts } from '../utils/claim-texts';
import type { TextMode } from '../utils/compare-search';
import { AttributionLine } from './attribution-line';

interface ClaimCardProps {
  claim: CompiledClaim;
  scopes: ReadonlyMap<string, Scope>;
  lookups: CorpusLookups;
  textMode: TextMode;
  /** Translated once by the grid for all its cards, with the language corpus text is shown in. */
  texts: ClaimTexts;
}

/**
 * One party's claim: its words in the original language, our translation, and where it came from.
 * Memoised: a grid re-rendered for one column or the text mode leaves the other cards alone.
 */
export const ClaimCard = memo(function ClaimCard({
  claim,
  scopes,
  lookups,
  textMode,
  texts,
}: ClaimCardProps) {
  const showOriginal = textMode !== 'translation' || claim.translation === undefined;
  const showTranslation = textMode !== 'original' && claim.translation !== undefined;

  return (
    <article
      id={`claim-${claim.id}`}
      data-claim={claim.id}
      className="rounded-md border border-stone-200 bg-white p-3 shadow-xs print:break-inside-avoid print:shadow-none"
    >
      <StanceLabel stance={claim.stance} label={texts.stance(claim.stance)} />
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
      />
      <AttributionLine claim={claim} lookups={lookups} texts={texts} />
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-stone-600">
        <span>
          {texts.saidOn}{' '}
          <time dateTime={claim.saidOn.value} title={texts.dateTitle(claim.saidOn)}>
            {texts.dateText(claim.saidOn)}
          </time>
        </span>
        <Link
          to={paths.source.path}
          params={{ sourceId: claim.source }}
          hash={claim.id}
          // Paper cannot follow a link: print shows where this one goes (src/styles/print.css).
          data-print-url={texts.sourcePrintUrl(claim.source, claim.id)}
          className="font-medium text-teal-800 underline hover:text-teal-950"
        >
          {texts.inSource}
        </Link>
      </p>
    </article>
  );
});
