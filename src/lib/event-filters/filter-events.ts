import type { IsoDay } from '@/corpus/calendar';
import type { EventSummary } from '@/corpus/shards';
import {
  matchesSearch,
  prepareSearchText,
  searchTokens,
  type SearchToken,
} from '@/corpus/search/search-text';
import { eventFacetIndex } from './event-facet-index';

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

/** The search test: the known matches, or the query against each event's text. */
function searchTest(
  tokens: readonly SearchToken[],
  options: FilterOptions,
): (event: EventSummary) => boolean {
  if (tokens.length === 0) return () => true;
  const { searchMatches, searchTexts } = options;
  if (searchMatches) return (event) => searchMatches.has(event.id);
  return (event) =>
    matchesSearch(searchTexts?.get(event.id) ?? defaultEventSearchText(event), tokens);
}

// Bits of failedBits, in filterKeys order.
const [QUERY, ACTORS, DATES, PLACE, TOPIC] = [1, 2, 4, 8, 16];

/** Nothing has this position: a filter on an id no event lists matches no event. */
const NOWHERE = -1;

function count(counts: Int32Array, positions: readonly number[]) {
  for (const position of positions) counts[position] = (counts[position] ?? 0) + 1;
}

/** Per position, the counts as a map of the ids counted at least once. */
function countsOf(ids: readonly string[], counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  for (let position = 0; position < ids.length; position += 1) {
    const count = counts[position] ?? 0;
    const id = ids[position];
    if (count > 0 && id !== undefined) map.set(id, count);
  }
  return map;
}

/**
 * Filters the list and counts, for each facet, what choosing a value there
 * would show. It runs on every input over every event (10,000 in a newsroom
 * corpus), so ids are numbers from a facet index built once per list and the
 * loop allocates nothing per event.
 */
export function filterEvents(
  events: readonly EventSummary[],
  filters: EventFilters,
  options: FilterOptions = {},
): FilterResult {
  const index = eventFacetIndex(events);
  const search = searchTest(searchTokens(filters.q ?? ''), options);
  const chosenActors = new Uint8Array(index.actors.ids.length);
  for (const id of filters.actors ?? []) {
    const position = index.actors.positions.get(id);
    if (position !== undefined) chosenActors[position] = 1;
  }
  const actorFilter = (filters.actors?.length ?? 0) > 0;
  const place =
    filters.place === undefined
      ? undefined
      : (index.places.positions.get(filters.place) ?? NOWHERE);
  const topic =
    filters.topic === undefined
      ? undefined
      : (index.topics.positions.get(filters.topic) ?? NOWHERE);
  const [start, end] =
    filters.from !== undefined && filters.to !== undefined && filters.from > filters.to
      ? [filters.to, filters.from]
      : [filters.from, filters.to];

  const matches: EventSummary[] = [];
  const survivorsAfter = filterKeys.map(() => 0);
  const actorCounts = new Int32Array(index.actors.ids.length);
  const placeCounts = new Int32Array(index.places.ids.length);
  const topicCounts = new Int32Array(index.topics.ids.length);
  const none: readonly number[] = [];

  for (let i = 0; i < events.length; i += 1) {
    const event = events[i];
    if (!event) continue;
    const parties = index.actors.byEvent[i] ?? none;
    const places = index.places.byEvent[i] ?? none;
    const topics = index.topics.byEvent[i] ?? none;
    // One bit per filter that fails, in filterKeys order: q, actors, dates, place, topic.
    const failedBits =
      (search(event) ? 0 : QUERY) |
      (actorFilter && !parties.some((position) => chosenActors[position] === 1) ? ACTORS : 0) |
      ((end !== undefined && (index.first[i] ?? '') > end) ||
      (start !== undefined && (index.last[i] ?? '') < start)
        ? DATES
        : 0) |
      (place !== undefined && !places.includes(place) ? PLACE : 0) |
      (topic !== undefined && !topics.includes(topic) ? TOPIC : 0);
    // How far the event gets when the filters are applied in turn: up to its first failure.
    const reached =
      failedBits === 0 ? filterKeys.length : 31 - Math.clz32(failedBits & -failedBits);
    for (let step = 0; step < reached; step += 1) {
      survivorsAfter[step] = (survivorsAfter[step] ?? 0) + 1;
    }
    const passesAllBut = (bit: number) => failedBits === 0 || failedBits === bit;

    if (failedBits === 0) matches.push(event);
    if (passesAllBut(ACTORS)) count(actorCounts, parties);
    if (passesAllBut(PLACE)) count(placeCounts, places);
    if (passesAllBut(TOPIC)) count(topicCounts, topics);
  }
  const facets = {
    actors: countsOf(index.actors.ids, actorCounts),
    places: countsOf(index.places.ids, placeCounts),
    topics: countsOf(index.topics.ids, topicCounts),
  };

  const emptiedAt =
    events.length === 0 || matches.length > 0
      ? -1
      : survivorsAfter.findIndex((count) => count === 0);
  const emptiedBy = emptiedAt >= 0 ? filterKeys[emptiedAt] : undefined;
  return { events: matches, facets, ...(emptiedBy ? { emptiedBy } : {}) };
}
