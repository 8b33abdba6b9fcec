import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import { paths } from '@/config/paths';
import type { EventSummary } from '@/corpus/shards';
import { formatDateRange } from '@/lib/format-date';
import { localized } from '@/lib/localized';

interface EventHeadingProps {
  event: Pick<EventSummary, 'id' | 'title' | 'date'>;
  /** The heading's id, for the section it names (aria-labelledby). */
  id: string;
  language: LanguageCode;
  /** Words before the dates ("Dates"), where the page around them needs saying what they are. */
  datesLabel?: string;
  className?: string;
}

/**
 * An event named inside another page (a party's page, the timeline's list):
 * its title as a link to the comparison, and the dates it covers.
 */
export function EventHeading({ event, id, language, datesLabel, className }: EventHeadingProps) {
  const { t } = useTranslation();
  const dates = formatDateRange(event.date, language, (from, to) => t('date.range', { from, to }));
  return (
    <>
      <h3 id={id} className={className ?? 'font-semibold'}>
        <Link
          to={paths.event.path}
          params={{ eventId: event.id }}
          className="text-teal-900 underline-offset-2 hover:underline"
        >
          {localized(event.title, language)}
        </Link>
      </h3>
      <p className="text-sm text-stone-700">
        {datesLabel === undefined ? dates : `${datesLabel}: ${dates}`}
      </p>
    </>
  );
}
