import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { directionOfTag } from '@/config/languages';
import { paths } from '@/config/paths';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { describeFuzzyDate } from '@/lib/intl-format';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import type { ClaimMark } from '../utils/timeline-rows';
import { StanceSwatch } from './stance-swatch';
import { useDateWords } from '@/components/ui/date-text';

interface TimelineListItemProps {
  mark: ClaimMark;
  lookups: CorpusLookups;
}

const linkClass = 'font-medium text-teal-800 underline hover:text-teal-950';

/** One claim: when, who, with what stance, what (in the reader's language where we have it), after whom. */
export function TimelineListItem({ mark, lookups }: TimelineListItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { claim, after } = mark;
  const nameOf = (id: string) => {
    const actor = lookups.actors.get(id);
    return actor ? localized(actor.name, language) : id;
  };
  // English readers get our translation; everyone else the words as said.
  const showTranslation = language === 'en' && claim.translation !== undefined;
  const dateWords = useDateWords();

  return (
    <li id={`timeline-claim-${claim.id}`} data-claim={claim.id} className="py-2">
      <p className="flex flex-wrap items-center gap-x-2 text-sm">
        <time dateTime={claim.saidOn.value} className="font-medium">
          {describeFuzzyDate(claim.saidOn, language, dateWords)}
        </time>
        <span aria-hidden="true">·</span>
        <Link to={paths.actor.path} params={{ actorId: claim.saidBy }} className={linkClass}>
          {nameOf(claim.saidBy)}
        </Link>
        <span aria-hidden="true">·</span>
        <span className="flex items-center gap-1">
          <StanceSwatch stance={claim.stance} />
          {t(`stance.${claim.stance}`)}
        </span>
      </p>
      {showTranslation ? (
        <p lang="en" dir="ltr" className="mt-1 text-stone-800">
          {claim.translation}
        </p>
      ) : (
        <p
          lang={claim.language}
          dir={directionOfTag(claim.language)}
          className="mt-1 text-stone-800"
        >
          {claim.quote}
        </p>
      )}
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        {after ? (
          <Link
            to={paths.event.path}
            params={{ eventId: after.event }}
            hash={`claim-${after.id}`}
            data-after={after.id}
            className={linkClass}
          >
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
              ↳
            </span>{' '}
            {t('timeline.afterClaim', { party: nameOf(after.saidBy) })}
          </Link>
        ) : null}
        <Link
          to={paths.event.path}
          params={{ eventId: claim.event }}
          hash={`claim-${claim.id}`}
          className={linkClass}
        >
          {t('timeline.list.inComparison')}
        </Link>
      </p>
    </li>
  );
}
