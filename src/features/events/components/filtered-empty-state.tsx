import { useTranslation } from '@/lib/use-translation';
import { EmptyState } from '@/components/ui/empty-state';
import { IsolatedText } from '@/components/ui/isolated-text';
import type { LanguageCode } from '@/config/languages';
import { isolate } from '@/lib/bidi-isolate';
import { emptyReason } from '@/lib/event-filters/empty-reason';
import { activeFilterKeys, type FilterKey } from '@/lib/event-filters/filter-events';
import { formatDayRange, formatFuzzyDate } from '@/lib/intl-format';
import { formatAlternatives, formatList } from '@/lib/format-list';
import { useLanguage } from '@/lib/use-language';
import { Button } from '@/components/ui/button';

interface FilteredEmptyStateProps {
  /** The filter that left nothing; names it and offers to remove just it. */
  emptiedBy: FilterKey | undefined;
  query: string;
  placeNames: readonly string[];
  topicNames: readonly string[];
  /** The chosen parties' names; without them the message says "the chosen parties". */
  partyNames?: readonly string[] | undefined;
  /** `'all'`: every chosen party had to speak ("A and B at once"), not any ("A or B"). */
  match?: 'all' | undefined;
  /** `'exclude'`: the parties without the bodies that belong to them. */
  members?: 'exclude' | undefined;
  disputed?: 'only' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Removes a filter; `'match'` keeps the parties and asks for any of them instead of all. */
  onRemove: (key: FilterKey | 'match') => void;
  onClearAll: () => void;
}

const day = (value: string, language: LanguageCode) =>
  formatFuzzyDate({ value, precision: 'day', basis: 'stated' }, language);

/**
 * "No event matches the parties A or B together with the dates 1–30 Jun 2019.",
 * "No event matches all of the parties A and B at once.":
 * the filter that emptied the list and those it was combined with, each by
 * its values, so the reader knows what to loosen.
 */
export function FilteredEmptyState(props: FilteredEmptyStateProps) {
  const { emptiedBy, onRemove, onClearAll } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const parties = props.partyNames ?? [];
  const allOf = props.match === 'all' && parties.length > 1;

  const partiesPhrase = (): string => {
    if (parties.length === 0) return t('eventFilters.emptiedBy.chosenParties');
    const isolated = parties.map(isolate);
    // ANY chosen party: "A or B"; ALL of them: "A and B at once".
    return allOf
      ? t('eventFilters.emptiedBy.actorsAll', {
          count: parties.length,
          parties: formatList(isolated, language),
        })
      : t('eventFilters.emptiedBy.actors', {
          count: parties.length,
          parties: formatAlternatives(isolated, language),
        });
  };

  const phrase = (key: FilterKey): string => {
    switch (key) {
      case 'q':
        return t('eventFilters.emptiedBy.q', { q: isolate(props.query.trim()) });
      case 'actors':
        return props.members === 'exclude'
          ? t('eventFilters.emptiedBy.membersExcluded', {
              count: parties.length,
              filter: partiesPhrase(),
            })
          : partiesPhrase();
      case 'dates': {
        const { from, to } = props;
        if (from !== undefined && to !== undefined) {
          const [first, last] = from <= to ? [from, to] : [to, from];
          return t('eventFilters.emptiedBy.dates', {
            dates: formatDayRange(first, last, language),
          });
        }
        if (from !== undefined)
          return t('eventFilters.emptiedBy.datesFrom', { from: day(from, language) });
        if (to !== undefined) return t('eventFilters.emptiedBy.datesTo', { to: day(to, language) });
        return t('eventFilters.emptiedBy.chosenDates');
      }
      case 'place':
        return t('eventFilters.emptiedBy.place', {
          count: props.placeNames.length,
          place: formatAlternatives(props.placeNames.map(isolate), language),
        });
      case 'topic':
        return t('eventFilters.emptiedBy.topic', {
          count: props.topicNames.length,
          topic: formatAlternatives(props.topicNames.map(isolate), language),
        });
      case 'disputed':
        return t('eventFilters.emptiedBy.disputed');
    }
  };

  const message = (key: FilterKey) => {
    const active = activeFilterKeys({
      q: props.query,
      actors: parties,
      from: props.from,
      to: props.to,
      place: props.placeNames,
      topic: props.topicNames,
      disputed: props.disputed,
    });
    const reason = emptyReason(key, active);
    if (reason.combinedWith.length === 0) {
      return t('eventFilters.emptiedBy.alone', { filter: phrase(key) });
    }
    return t('eventFilters.emptiedBy.combined', {
      filters: formatList(reason.combinedWith.map(phrase), language),
      filter: phrase(key),
    });
  };

  return (
    <EmptyState>
      {emptiedBy ? (
        <p>
          <IsolatedText text={message(emptiedBy)} />
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap justify-center gap-2">
        {emptiedBy ? (
          <Button
            variant="primary"
            onClick={() => {
              onRemove(emptiedBy);
            }}
          >
            {t(`eventFilters.remove.${emptiedBy}`)}
          </Button>
        ) : null}
        {emptiedBy === 'actors' && allOf ? (
          <Button
            onClick={() => {
              onRemove('match');
            }}
          >
            {t('eventFilters.remove.match')}
          </Button>
        ) : null}
        <Button onClick={onClearAll}>{t('eventFilters.clearAll')}</Button>
      </div>
    </EmptyState>
  );
}
