import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { directionOfTag } from '@/config/languages';
import { paths } from '@/config/paths';
import type { Scope } from '@/corpus/schema';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { describeFuzzyDate } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import { FigureList } from '@/components/figure-list';
import { StanceBadge } from '@/components/stance-badge';
import { useDateWords } from '@/components/ui/date-text';

interface ActorClaimCardProps {
  claim: CompiledClaim;
  scopes: readonly Scope[];
  lookups: CorpusLookups;
}

const linkClass = 'font-medium text-teal-800 underline hover:text-teal-950';

/** One claim: the words as said (with their language), our translation, when, and where to check. */
export function ActorClaimCard({ claim, scopes, lookups }: ActorClaimCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dateWords = useDateWords();
  return (
    <article className="rounded-md border border-stone-200 bg-stone-50 p-3">
      <StanceBadge stance={claim.stance} />
      <blockquote
        lang={claim.language}
        dir={directionOfTag(claim.language)}
        className="mt-2 leading-relaxed text-stone-900"
      >
        {claim.quote}
      </blockquote>
      {claim.translation !== undefined ? (
        <p lang="en" dir="ltr" className="mt-2 text-sm leading-relaxed text-stone-700">
          <span className="sr-only">{t('actors.translation')}: </span>
          {claim.translation}
        </p>
      ) : null}
      <FigureList
        figures={claim.figures}
        scopes={new Map(scopes.map((scope) => [scope.id, scope]))}
        lookups={lookups}
      />
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-700">
        <span>
          {t('actors.saidOn')}{' '}
          <time
            dateTime={claim.saidOn.value}
            title={
              t(`date.basis.${claim.saidOn.basis}`) +
              (claim.saidOn.note ? ` — ${claim.saidOn.note}` : '')
            }
          >
            {describeFuzzyDate(claim.saidOn, language, dateWords)}
          </time>
        </span>
        <Link
          to={paths.event.path}
          params={{ eventId: claim.event }}
          hash={`claim-${claim.id}`}
          className={linkClass}
        >
          {t('actors.inComparison')}
        </Link>
        <Link
          to={paths.source.path}
          params={{ sourceId: claim.source }}
          hash={claim.id}
          className={linkClass}
        >
          {t('actors.inSource')}
        </Link>
      </p>
    </article>
  );
}
