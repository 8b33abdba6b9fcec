import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeFields } from '@/components/date-range-fields';
import type { FacetCounts } from '@/lib/event-filters/filter-events';
import type { YearPreset } from '@/lib/event-filters/date-presets';
import type { ListFilters, ListSearchChange } from '@/lib/event-filters/list-search';
import type { PartyGroup } from '../utils/party-groups';
import { FacetSelect, type FacetOption } from './facet-select';
import { PartyFilter } from './party-filter';
import { SearchField } from './search-field';
import { Button } from '@/components/ui/button';
import { focusRing } from '@/components/ui/focus-ring';

interface FilterPanelProps {
  filters: ListFilters;
  activeCount: number;
  facets: FacetCounts;
  partyGroups: readonly PartyGroup[];
  places: readonly FacetOption[];
  topics: readonly FacetOption[];
  datePresets: readonly YearPreset[];
  dateBounds: { min: string; max: string } | undefined;
  onChange: ListSearchChange;
  onClearAll: () => void;
}

export function FilterPanel(props: FilterPanelProps) {
  const { filters, activeCount, facets, onChange, onClearAll } = props;
  const { t } = useTranslation();
  const panelId = useId();
  // Small screens show the list first; the filters fold away above it.
  const [open, setOpen] = useState(false);

  return (
    <aside aria-labelledby={`${panelId}-title`} className="mb-4 md:mb-0">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
        className={`flex w-full items-center justify-between rounded-md border border-stone-500 bg-white px-3 py-2 font-semibold md:hidden ${focusRing}`}
      >
        <span>{t('eventFilters.toggle')}</span>
        {activeCount > 0 ? (
          <span className="text-sm font-normal text-stone-700">
            {t('eventFilters.activeCount', { count: activeCount })}
          </span>
        ) : null}
      </button>
      <div
        id={panelId}
        className={`${open ? 'block' : 'hidden'} mt-2 space-y-5 rounded-lg border border-stone-200 bg-white p-4 md:mt-0 md:block`}
      >
        <div className="flex items-baseline justify-between gap-2">
          <h2 id={`${panelId}-title`} className="text-lg font-bold">
            {t('eventFilters.title')}
          </h2>
          {activeCount > 0 ? (
            <Button variant="quiet" size="inline" onClick={onClearAll}>
              {t('eventFilters.clearAll')}
            </Button>
          ) : null}
        </div>
        <SearchField
          value={filters.q ?? ''}
          onChange={(q, options) => {
            onChange({ q }, options);
          }}
        />
        <PartyFilter
          groups={props.partyGroups}
          selected={filters.actors ?? []}
          counts={facets.actors}
          onChange={(actors) => {
            onChange({ actors: actors.length > 0 ? actors : undefined }, { replace: false });
          }}
        />
        <DateRangeFields
          from={filters.from}
          to={filters.to}
          presets={props.datePresets}
          bounds={props.dateBounds}
          labels={{
            legend: t('eventFilters.dates.legend'),
            hint: t('eventFilters.dates.hint'),
            from: t('eventFilters.dates.from'),
            to: t('eventFilters.dates.to'),
            presets: t('eventFilters.dates.presets'),
            all: t('eventFilters.dates.allDates'),
          }}
          onChange={onChange}
        />
        <FacetSelect
          label={t('eventFilters.place.label')}
          allLabel={t('eventFilters.place.all')}
          options={props.places}
          counts={facets.places}
          value={filters.place}
          onChange={(place) => {
            onChange({ place }, { replace: false });
          }}
        />
        <FacetSelect
          label={t('eventFilters.topic.label')}
          allLabel={t('eventFilters.topic.all')}
          options={props.topics}
          counts={facets.topics}
          value={filters.topic}
          onChange={(topic) => {
            onChange({ topic }, { replace: false });
          }}
        />
      </div>
    </aside>
  );
}
