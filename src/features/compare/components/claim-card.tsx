import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { directionOfTag, type LanguageCode } from '@/config/languages';
import { paths } from '@/config/paths';
import type { Scope } from '@/corpus/schema';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { formatFuzzyDate } from '@/lib/format-date';
import type { TextMode } from '../utils/compare-search';
import { AttributionLine } from './attribution-line';
import { FigureList } from '@/components/figure-list';
import { StanceBadge } from '@/components/stance-badge';

/** The absolute address of an in-app path, under the base path the app is served from. */
function printUrlOf(href: string): string {
  return new URL(href.replace(/^\//, ''), new URL(import.meta.env.BASE_URL, window.location.origin))
    .href;
}

interface ClaimCardProps {
  claim: CompiledClaim;
  scopes: ReadonlyMap<string, Scope>;
  lookups: CorpusLookups;
  language: LanguageCode;
  textMode: TextMode;
}

/** One party's claim: its words in the original language, our translation, and where it came from. */
export function ClaimCard({ claim, scopes, lookups, language, textMode }: ClaimCardProps) {
  const { t } = useTranslation();
  const showOriginal = textMode !== 'translation' || claim.translation === undefined;
  const showTranslation = textMode !== 'original' && claim.translation !== undefined;

  return (
    <article
      id={`claim-${claim.id}`}
      data-claim={claim.id}
      className="rounded-md border border-stone-200 bg-white p-3 shadow-xs print:break-inside-avoid print:shadow-none"
    >
      <StanceBadge stance={claim.stance} />
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
          <span className="sr-only">{t('compare.translationLabel')}: </span>
          {claim.translation}
        </p>
      ) : null}
      <FigureList figures={claim.figures} scopes={scopes} lookups={lookups} language={language} />
      <AttributionLine claim={claim} lookups={lookups} language={language} />
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-stone-600">
        <span>
          {t('compare.saidOn')}{' '}
          <time
            dateTime={claim.saidOn.value}
            title={
              t(`date.basis.${claim.saidOn.basis}`) +
              (claim.saidOn.note ? ` — ${claim.saidOn.note}` : '')
            }
          >
            {claim.saidOn.basis === 'inferred'
              ? t('date.inferredSuffix', { date: formatFuzzyDate(claim.saidOn, language) })
              : formatFuzzyDate(claim.saidOn, language)}
          </time>
        </span>
        <Link
          to={paths.source.path}
          params={{ sourceId: claim.source }}
          hash={claim.id}
          // Paper cannot follow a link: print shows where this one goes (src/styles/print.css).
          data-print-url={printUrlOf(paths.source.getHref(claim.source))}
          className="font-medium text-teal-800 underline hover:text-teal-950"
        >
          {t('compare.inSource')}
        </Link>
      </p>
    </article>
  );
}
