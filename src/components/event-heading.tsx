import { Link } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import type { EventSummary } from '@/corpus/shards';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { DateRangeText } from './ui/date-text';

interface EventHeadingProps {
  event: Pick<EventSummary, 'id' | 'title' | 'date'>;
  /** The heading's id, for the section it names (aria-labelledby). */
  id: string;
  /** Words before the dates ("Dates"), where the page around them needs saying what they are. */
  datesLabel?: string;
  className?: string;
}

/**
 * An event named inside another page (a party's page, the timeline's list):
 * its title as a link to the comparison, and the dates it covers, told as
 * every view tells them ("(inferred)" when guessed).
 */
export function EventHeading({ event, id, datesLabel, className }: EventHeadingProps) {
  const language = useLanguage();
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
        {datesLabel === undefined ? null : `${datesLabel}: `}
        <DateRangeText range={event.date} />
      </p>
    </>
  );
}
