import type { EventSummary } from '@/corpus/shards';
import {
  matchesSearch,
  prepareSearchText,
  searchTokens,
  type SearchToken,
} from '@/lib/arabic-normalize';
import { overlapsDays, type IsoDay } from './date-bounds';

export interface EventFilters {
  /** Events where ANY of these actors made a claim. */
  actors?: readonly string[];
  from?: IsoDay;
  to?: IsoDay;
  place?: string;
  topic?: string;
  q?: string;
}

/**
 * The filters in the order they are applied (and shown), so the empty state
 * can name the first one that left nothing. `dates` is `from` and `to`.
 */
export const filterKeys = ['q', 'actors', 'dates', 'place', 'topic'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface FilterOptions {
  /**
   * Event id → text prepared with `prepareSearchText`, for searching more than
   * the index holds (party and place names, quotes, translations). Events
   * missing from the map are searched by their titles and summaries.
   */
  searchTexts?: ReadonlyMap<string, string>;
  /** The events the query matches, when already known (see searchMatches); overrides searchTexts. */
  searchMatches?: ReadonlySet<string>;
}

export interface FacetCounts {
  /** Per party: events matching every filter but the party filter. */
  actors: ReadonlyMap<string, number>;
  /** Per place: events matching every filter but the place filter. */
  places: ReadonlyMap<string, number>;
  /** Per topic: events matching every filter but the topic filter. */
  topics: ReadonlyMap<string, number>;
}

export interface FilterResult {
  events: EventSummary[];
  /** The first filter (in `filterKeys` order) that took the count to zero; unset when something matches. */
  emptiedBy?: FilterKey;
  facets: FacetCounts;
}

const defaultTexts = new WeakMap<EventSummary, string>();

/** Titles and summaries in both languages, prepared once per event object. */
export function defaultEventSearchText(event: EventSummary): string {
  let text = defaultTexts.get(event);
  if (text === undefined) {
    text = prepareSearchText(
      [event.title.ar, event.title.en, event.summary.ar, event.summary.en].join('\n'),
    );
    defaultTexts.set(event, text);
  }
  return text;
}

/** Which filters are set at all; a filter that is not set never empties the list. */
export function activeFilterKeys(filters: EventFilters): FilterKey[] {
  return filterKeys.filter((key) => {
    switch (key) {
      case 'q':
        return searchTokens(filters.q ?? '').length > 0;
      case 'actors':
        return (filters.actors?.length ?? 0) > 0;
      case 'dates':
        return filters.from !== undefined || filters.to !== undefined;
      case 'place':
        return filters.place !== undefined;
      case 'topic':
        return filters.topic !== undefined;
    }
  });
}

type Predicate = (event: EventSummary) => boolean;

function predicates(
  filters: EventFilters,
  tokens: readonly SearchToken[],
  options: FilterOptions,
): Record<FilterKey, Predicate> {
  const actors = new Set(filters.actors);
  return {
    q: (event) =>
      tokens.length === 0 ||
      (options.searchMatches
        ? options.searchMatches.has(event.id)
        : matchesSearch(
            options.searchTexts?.get(event.id) ?? defaultEventSearchText(event),
            tokens,
          )),
    actors: (event) => actors.size === 0 || event.parties.some((id) => actors.has(id)),
    dates: (event) => overlapsDays(event.date, filters.from, filters.to),
    place: (event) => filters.place === undefined || event.places.includes(filters.place),
    topic: (event) => filters.topic === undefined || event.topics.includes(filters.topic),
  };
}

/** Counts each id once per event, even if the event lists it twice. */
function increment(counts: Map<string, number>, ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i];
    if (id !== undefined && ids.indexOf(id) === i) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
}

/** Filters the list and counts, for each facet, what choosing a value there would show. */
export function filterEvents(
  events: readonly EventSummary[],
  filters: EventFilters,
  options: FilterOptions = {},
): FilterResult {
  const tests = predicates(filters, searchTokens(filters.q ?? ''), options);
  const matches: EventSummary[] = [];
  const survivorsAfter = filterKeys.map(() => 0);
  const facets = {
    actors: new Map<string, number>(),
    places: new Map<string, number>(),
    topics: new Map<string, number>(),
  };

  const ordered = filterKeys.map((key) => tests[key]);
  // Allocation-free per event: at 10,000 events this loop runs on every keystroke.
  for (const event of events) {
    let failures = 0;
    let failed: FilterKey | undefined;
    // How far the event gets when the filters are applied in order.
    let reached = ordered.length;
    // Past two failures nothing more is counted for this event.
    for (let position = 0; position < ordered.length && failures < 2; position += 1) {
      if (ordered[position]?.(event)) continue;
      failures += 1;
      failed = filterKeys[position];
      if (reached === ordered.length) reached = position;
    }
    for (let step = 0; step < reached; step += 1) {
      survivorsAfter[step] = (survivorsAfter[step] ?? 0) + 1;
    }
    const passesAllBut = (key: FilterKey) => failures === 0 || (failures === 1 && failed === key);

    if (failures === 0) matches.push(event);
    if (passesAllBut('actors')) increment(facets.actors, event.parties);
    if (passesAllBut('place')) increment(facets.places, event.places);
    if (passesAllBut('topic')) increment(facets.topics, event.topics);
  }

  const emptiedAt =
    events.length === 0 || matches.length > 0
      ? -1
      : survivorsAfter.findIndex((count) => count === 0);
  const emptiedBy = emptiedAt >= 0 ? filterKeys[emptiedAt] : undefined;
  return { events: matches, facets, ...(emptiedBy ? { emptiedBy } : {}) };
}
