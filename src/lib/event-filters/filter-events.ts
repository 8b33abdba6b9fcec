import type { IsoDay } from '@/corpus/calendar';
import type { EventSummary } from '@/corpus/shards';
import {
  matchesSearch,
  prepareSearchText,
  searchTokens,
  type SearchToken,
} from '@/corpus/search/search-text';
import { eventFacetIndex } from './event-facet-index';
import type { FacetRelations } from './facet-hierarchy';
import { choose, count, countsOf, hits } from './facet-positions';
import { rolledFacets } from './rolled-facets';

export interface EventFilters {
  /**
   * Events where ANY of these actors made a claim (ALL of them with `match: 'all'`), each
   * counting the bodies that belong to it at any depth unless `members` is `'exclude'`.
   */
  actors?: readonly string[];
  members?: 'exclude';
  match?: 'all';
  from?: IsoDay;
  to?: IsoDay;
  /** Events in ANY of these places or a place within one of them, at any depth. */
  place?: readonly string[];
  /** Events on ANY of these topics. */
  topic?: readonly string[];
  /** Only events with at least one disputed question. */
  disputed?: 'only';
  q?: string;
}

/**
 * The filters in the order they are applied (and shown), so the empty state
 * can name the first one that left nothing. `dates` is `from` and `to`.
 */
export const filterKeys = ['q', 'actors', 'dates', 'place', 'topic', 'disputed'] as const;
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
  /**
   * The corpus's parties and places, for what belongs to what (`memberOf`, `within`).
   * Without them nothing rolls up: a party is only itself, a place only itself.
   */
  relations?: FacetRelations;
}

export interface FacetCounts {
  /**
   * Per party: events matching every filter but the party filter in which it spoke (itself
   * or, unless `members: 'exclude'`, a body of its own). With `match: 'all'`, the events
   * matching every filter in which it also spoke: what ticking it would leave.
   */
  actors: ReadonlyMap<string, number>;
  /** Per place: events matching every filter but the place filter, in it or within it. */
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
        return (filters.place?.length ?? 0) > 0;
      case 'topic':
        return (filters.topic?.length ?? 0) > 0;
      case 'disputed':
        return filters.disputed === 'only';
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
const [QUERY, ACTORS, DATES, PLACE, TOPIC, DISPUTED] = [1, 2, 4, 8, 16, 32];

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
  const rolled = rolledFacets(events, options.relations);
  const search = searchTest(searchTokens(filters.q ?? ''), options);
  // Each chosen party (and place) is one position; an event's rolled list names it when the
  // event's speaker is it or belongs to it, so counting hits counts chosen parties that spoke.
  const chosenActors = new Uint8Array(rolled.actors.ids.length);
  const knownActors = choose(chosenActors, rolled.actors.positions, filters.actors);
  const actorFilter = (filters.actors?.length ?? 0) > 0;
  const withMembers = filters.members !== 'exclude';
  // "All of" a party no event knows matches nothing, as "any of" only unknown parties does.
  const needed = filters.match === 'all' ? new Set(filters.actors).size : Math.min(1, knownActors);
  const speakersOf = withMembers ? rolled.actors.rolled : rolled.actors.own;
  const chosenPlaces = new Uint8Array(rolled.places.ids.length);
  choose(chosenPlaces, rolled.places.positions, filters.place);
  const placeFilter = (filters.place?.length ?? 0) > 0;
  const chosenTopics = new Uint8Array(index.topics.ids.length);
  choose(chosenTopics, index.topics.positions, filters.topic);
  const topicFilter = (filters.topic?.length ?? 0) > 0;
  const disputedOnly = filters.disputed === 'only';
  const [start, end] =
    filters.from !== undefined && filters.to !== undefined && filters.from > filters.to
      ? [filters.to, filters.from]
      : [filters.from, filters.to];

  const matches: EventSummary[] = [];
  const survivorsAfter = filterKeys.map(() => 0);
  const actorCounts = new Int32Array(rolled.actors.ids.length);
  const placeCounts = new Int32Array(rolled.places.ids.length);
  const topicCounts = new Int32Array(index.topics.ids.length);
  const none: readonly number[] = [];

  for (let i = 0; i < events.length; i += 1) {
    const event = events[i];
    if (!event) continue;
    const parties = speakersOf[i] ?? none;
    const places = rolled.places.rolled[i] ?? none;
    const topics = index.topics.byEvent[i] ?? none;
    // One bit per filter that fails, in filterKeys order: q, actors, dates, place, topic, disputed.
    const failedBits =
      (search(event) ? 0 : QUERY) |
      (actorFilter && (needed === 0 || hits(chosenActors, parties) < needed) ? ACTORS : 0) |
      ((end !== undefined && (index.first[i] ?? '') > end) ||
      (start !== undefined && (index.last[i] ?? '') < start)
        ? DATES
        : 0) |
      (placeFilter && hits(chosenPlaces, places) === 0 ? PLACE : 0) |
      (topicFilter && hits(chosenTopics, topics) === 0 ? TOPIC : 0) |
      (disputedOnly && event.disputedQuestionCount === 0 ? DISPUTED : 0);
    // How far the event gets when the filters are applied in turn: up to its first failure.
    const reached =
      failedBits === 0 ? filterKeys.length : 31 - Math.clz32(failedBits & -failedBits);
    for (let step = 0; step < reached; step += 1) {
      survivorsAfter[step] = (survivorsAfter[step] ?? 0) + 1;
    }
    const passesAllBut = (bit: number) => failedBits === 0 || failedBits === bit;

    if (failedBits === 0) matches.push(event);
    if (filters.match === 'all' ? failedBits === 0 : passesAllBut(ACTORS)) {
      count(actorCounts, parties);
    }
    if (passesAllBut(PLACE)) count(placeCounts, places);
    if (passesAllBut(TOPIC)) count(topicCounts, topics);
  }
  const facets = {
    actors: countsOf(rolled.actors.ids, actorCounts),
    places: countsOf(rolled.places.ids, placeCounts),
    topics: countsOf(index.topics.ids, topicCounts),
  };

  const emptiedAt =
    events.length === 0 || matches.length > 0
      ? -1
      : survivorsAfter.findIndex((count) => count === 0);
  const emptiedBy = emptiedAt >= 0 ? filterKeys[emptiedAt] : undefined;
  return { events: matches, facets, ...(emptiedBy ? { emptiedBy } : {}) };
}
