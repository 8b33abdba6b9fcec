import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { ListFilters } from '@/lib/event-filters/list-search';
import { formatAlternatives, formatList } from '@/lib/format-list';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';

interface FilterNoteProps {
  filters: ListFilters;
  lookups: CorpusLookups;
}

/** Names the list filters (other than dates) that also shape the timeline, and leads back to the list. */
export function FilterNote({ filters, lookups }: FilterNoteProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parts: string[] = [];
  if (filters.actors) {
    const names = filters.actors.map((id) => {
      const actor = lookups.actors.get(id);
      return actor ? localized(actor.name, language) : id;
    });
    parts.push(
      filters.match === 'all'
        ? t('timeline.filterPartiesAll', { names: formatList(names, language) })
        : t('timeline.filterParties', { names: formatAlternatives(names, language) }),
    );
    if (filters.members === 'exclude') parts.push(t('timeline.filterMembersExcluded'));
  }
  // Several places or topics: events in any of them.
  const places = (filters.place ?? []).flatMap((id) => {
    const place = lookups.places.get(id);
    return place ? [localized(place.name, language)] : [];
  });
  if (places.length > 0) {
    parts.push(t('timeline.filterPlace', { name: formatAlternatives(places, language) }));
  }
  const topics = (filters.topic ?? []).flatMap((id) => {
    const topic = lookups.topics.get(id);
    return topic ? [localized(topic.label, language)] : [];
  });
  if (topics.length > 0) {
    parts.push(t('timeline.filterTopic', { name: formatAlternatives(topics, language) }));
  }
  if (filters.disputed === 'only') parts.push(t('timeline.filterDisputed'));
  if (filters.q) parts.push(t('timeline.filterQuery', { q: filters.q }));

  return (
    <p className="text-sm text-stone-700">
      {parts.length > 0 ? (
        <span className="me-2">
          {t('timeline.filtered', {
            filters: language === 'ar' ? parts.join('؛ ') : parts.join('; '),
          })}
        </span>
      ) : null}
      <Link
        to={paths.home.path}
        search={filters}
        className="font-medium text-teal-800 underline hover:text-teal-950"
      >
        {t('timeline.showList')}
      </Link>
    </p>
  );
}
