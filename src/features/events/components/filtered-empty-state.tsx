import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import type { FilterKey } from '@/lib/event-filters/filter-events';

interface FilteredEmptyStateProps {
  /** The filter that left nothing; names it and offers to remove just it. */
  emptiedBy: FilterKey | undefined;
  query: string;
  placeName: string;
  topicName: string;
  onRemove: (key: FilterKey) => void;
  onClearAll: () => void;
}

const buttonClass =
  'rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

export function FilteredEmptyState(props: FilteredEmptyStateProps) {
  const { emptiedBy, onRemove, onClearAll } = props;
  const { t } = useTranslation();
  const message = (key: FilterKey) => {
    switch (key) {
      case 'q':
        return t('eventFilters.emptiedBy.q', { q: props.query });
      case 'place':
        return t('eventFilters.emptiedBy.place', { place: props.placeName });
      case 'topic':
        return t('eventFilters.emptiedBy.topic', { topic: props.topicName });
      default:
        return t(`eventFilters.emptiedBy.${key}`);
    }
  };

  return (
    <EmptyState>
      {emptiedBy ? <p>{message(emptiedBy)}</p> : null}
      <div className="mt-3 flex flex-wrap justify-center gap-2">
        {emptiedBy ? (
          <button
            type="button"
            onClick={() => {
              onRemove(emptiedBy);
            }}
            className={`${buttonClass} bg-teal-800 text-white hover:bg-teal-900`}
          >
            {t(`eventFilters.remove.${emptiedBy}`)}
          </button>
        ) : null}
        <button
          type="button"
          onClick={onClearAll}
          className={`${buttonClass} border border-stone-500 bg-white text-stone-900 hover:bg-stone-100`}
        >
          {t('eventFilters.clearAll')}
        </button>
      </div>
    </EmptyState>
  );
}
