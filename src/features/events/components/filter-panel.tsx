import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { UrlSearchField } from '@/components/ui/url-search-field';
import { DateRangeFields } from '@/components/date-range-fields';
import type { FacetCounts } from '@/lib/event-filters/filter-events';
import type { YearPreset } from '@/lib/event-filters/date-presets';
import type { ListFilters, ListSearchChange } from '@/lib/event-filters/list-search';
import type { PartyGroup } from '../utils/party-groups';
import { DisputedOnlyField } from './disputed-only-field';
import { FacetChecklist, type FacetOption } from './facet-checklist';
import { PartyFilter } from './party-filter';
import { ShowResultsBar } from './show-results-bar';
import { Button } from '@/components/ui/button';
import { focusRing } from '@/components/ui/focus-ring';

interface FilterPanelProps {
  filters: ListFilters;
  activeCount: number;
  /** How many events the filters leave: the phone's "Show N events" bar says it. */
  shown: number;
  facets: FacetCounts;
  partyGroups: readonly PartyGroup[];
  places: readonly FacetOption[];
  topics: readonly FacetOption[];
  datePresets: readonly YearPreset[];
  dateBounds: { min: string; max: string } | undefined;
  onChange: ListSearchChange;
  onClearAll: () => void;
  /** Takes the reader to the results once the panel has closed. */
  onShowResults: () => void;
}

export function FilterPanel(props: FilterPanelProps) {
  const { filters, activeCount, facets, onChange, onClearAll } = props;
  const { t } = useTranslation();
  const panelId = useId();
  // Small screens show the list first; the filters fold away above it.
  const [open, setOpen] = useState(false);
  const parties = filters.actors ?? [];

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
        <UrlSearchField
          label={t('eventFilters.search.label')}
          hint={t('eventFilters.search.hint')}
          value={filters.q ?? ''}
          onChange={(q, options) => {
            onChange({ q }, options);
          }}
        />
        <PartyFilter
          groups={props.partyGroups}
          selected={parties}
          counts={facets.actors}
          onChange={(actors) => {
            // "All of" needs two parties; with fewer it is dropped, so it never lingers unseen.
            onChange(
              {
                actors: actors.length > 0 ? actors : undefined,
                ...(actors.length < 2 ? { match: undefined } : {}),
              },
              { replace: false },
            );
          }}
          members={filters.members ?? 'include'}
          onMembersChange={(members) => {
            onChange(
              { members: members === 'exclude' ? 'exclude' : undefined },
              { replace: false },
            );
          }}
          match={filters.match ?? 'any'}
          onMatchChange={(match) => {
            onChange({ match: match === 'all' ? 'all' : undefined }, { replace: false });
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
        <FacetChecklist
          legend={t('eventFilters.place.label')}
          hint={t('eventFilters.place.hint')}
          searchLabel={t('eventFilters.place.search')}
          options={props.places}
          counts={facets.places}
          selected={filters.place ?? []}
          onChange={(place) => {
            onChange({ place: place.length > 0 ? place : undefined }, { replace: false });
          }}
        />
        <FacetChecklist
          legend={t('eventFilters.topic.label')}
          searchLabel={t('eventFilters.topic.search')}
          options={props.topics}
          counts={facets.topics}
          selected={filters.topic ?? []}
          onChange={(topic) => {
            onChange({ topic: topic.length > 0 ? topic : undefined }, { replace: false });
          }}
        />
        <DisputedOnlyField
          checked={filters.disputed === 'only'}
          onChange={(only) => {
            onChange({ disputed: only ? 'only' : undefined }, { replace: false });
          }}
        />
        {open ? (
          <ShowResultsBar
            shown={props.shown}
            onShow={() => {
              setOpen(false);
              props.onShowResults();
            }}
          />
        ) : null}
      </div>
    </aside>
  );
}
