import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDayOf, lastDayOf, type IsoDay } from '@/corpus/calendar';
import type { DateRange } from '@/corpus/primitives';
import type { Actor, Place } from '@/corpus/schema';
import type { EventSummary } from '@/corpus/shards';
import { actorWithMembers } from '@/lib/actor-members';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { filterEvents, filterKeys, type EventFilters, type FilterKey } from './filter-events';

const [template] = corpusIndexFixture.events;
if (!template) throw new Error('the fixture has no event');

// 'state' and 'syria' are only ever parents: no event lists them, choosing them rolls up.
const actors = ['state', 'army', 'hts', 'sohr', 'nlf', 'unlisted'];
const speakers = actors.slice(1, 5);
const places = ['syria', 'idlib', 'saraqib', 'hama', 'unlisted'];
const eventPlaces = places.slice(1, 4);
const topics = ['shelling', 'truce', 'unlisted'];
const days = ['2019-01-01', '2019-06-15', '2019-12-31', '2020-02-29', '2020-07-01'];

/** Both ends included, an unset end open, a reversed range read the way it was meant. */
function overlapsDays(range: DateRange, from?: IsoDay, to?: IsoDay): boolean {
  const [start, end] =
    from !== undefined && to !== undefined && from > to ? [to, from] : [from, to];
  const first = firstDayOf(range.from);
  const last = lastDayOf(range.to ?? range.from);
  return (end === undefined || first <= end) && (start === undefined || last >= start);
}

/** A place and every place above it, by `within`, written as a plain walk. */
function placeAndAbove(id: string, all: readonly Place[]): string[] {
  const found = [id];
  for (let up = all.find((p) => p.id === id)?.within; up !== undefined && !found.includes(up);) {
    found.push(up);
    up = all.find((p) => p.id === up)?.within;
  }
  return found;
}

interface World {
  events: readonly EventSummary[];
  actors: readonly Actor[];
  places: readonly Place[];
}

/** The rules written plainly, one filter at a time: what the fast loop must agree with. */
function reference({ events, actors: corpusActors, places: corpusPlaces }: World, f: EventFilters) {
  const chosen = f.actors ?? [];
  /** Who counts as this party: itself, and its members unless they are excluded. */
  const bodiesOf = (party: string) =>
    f.members === 'exclude' ? [party] : actorWithMembers(party, corpusActors);
  const spoke = (event: EventSummary, party: string) =>
    bodiesOf(party).some((body) => event.parties.includes(body));
  const inPlace = (event: EventSummary, place: string) =>
    event.places.some((own) => placeAndAbove(own, corpusPlaces).includes(place));
  const tests: Record<FilterKey, (event: EventSummary) => boolean> = {
    q: () => true,
    actors: (event) =>
      chosen.length === 0 ||
      (f.match === 'all'
        ? chosen.every((party) => spoke(event, party))
        : chosen.some((party) => spoke(event, party))),
    dates: (event) => overlapsDays(event.date, f.from, f.to),
    place: (event) =>
      (f.place ?? []).length === 0 || (f.place ?? []).some((p) => inPlace(event, p)),
    topic: (event) =>
      (f.topic ?? []).length === 0 || (f.topic ?? []).some((t) => event.topics.includes(t)),
    disputed: (event) => f.disputed !== 'only' || event.disputedQuestionCount > 0,
  };
  const passesAllBut = (event: EventSummary, skipped: FilterKey | undefined) =>
    filterKeys.every((key) => key === skipped || tests[key](event));
  const counts = (
    counted: readonly EventSummary[],
    values: readonly string[],
    has: (event: EventSummary, value: string) => boolean,
  ) => {
    const found: Record<string, number> = {};
    for (const value of values) {
      const n = counted.filter((event) => has(event, value)).length;
      if (n > 0) found[value] = n;
    }
    return found;
  };
  const matches = events.filter((event) => passesAllBut(event, undefined));
  let survivors = [...events];
  let emptiedBy: FilterKey | undefined;
  for (const key of filterKeys) {
    survivors = survivors.filter(tests[key]);
    if (survivors.length === 0 && events.length > 0) {
      emptiedBy = key;
      break;
    }
  }
  // With "all of", a party's count is what ticking it would leave: the shown events it is in.
  const actorBase =
    f.match === 'all' ? matches : events.filter((event) => passesAllBut(event, 'actors'));
  return {
    events: matches.map((event) => event.id),
    emptiedBy,
    actors: counts(actorBase, actors, spoke),
    places: counts(
      events.filter((event) => passesAllBut(event, 'place')),
      places,
      inPlace,
    ),
    topics: counts(
      events.filter((event) => passesAllBut(event, 'topic')),
      topics,
      (event, topic) => event.topics.includes(topic),
    ),
  };
}

const eventArbitrary = fc.record({
  parties: fc.array(fc.constantFrom(...speakers), { maxLength: 4 }),
  places: fc.array(fc.constantFrom(...eventPlaces), { maxLength: 3 }),
  topics: fc.array(fc.constantFrom(...topics.slice(0, 2)), { maxLength: 2 }),
  from: fc.constantFrom(...days),
  to: fc.option(fc.constantFrom(...days), { nil: undefined }),
  disputed: fc.nat({ max: 2 }),
});

/** Each value may belong to one listed before it: any forest, never a cycle. */
const parentsArbitrary = (ids: readonly string[]) =>
  fc.tuple(
    ...ids.map((_, i) =>
      i === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...ids.slice(0, i))),
    ),
  );

const filtersArbitrary = fc.record(
  {
    actors: fc.array(fc.constantFrom(...actors), { maxLength: 3 }),
    members: fc.constant('exclude' as const),
    match: fc.constant('all' as const),
    from: fc.constantFrom(...days),
    to: fc.constantFrom(...days),
    place: fc.array(fc.constantFrom(...places), { maxLength: 2 }),
    topic: fc.array(fc.constantFrom(...topics), { maxLength: 2 }),
    disputed: fc.constant('only' as const),
  },
  { requiredKeys: [] },
);

describe('filterEvents agrees with the rules written plainly', () => {
  it('for any events, hierarchies and filters: matches, facet counts and what emptied the list', () => {
    fc.assert(
      fc.property(
        fc.array(eventArbitrary, { maxLength: 12 }),
        parentsArbitrary(actors.slice(0, 5)),
        parentsArbitrary(places.slice(0, 4)),
        filtersArbitrary,
        (made, actorParents, placeParents, filters) => {
          const events: EventSummary[] = made.map((event, i) => ({
            ...template,
            id: `event-${String(i)}`,
            parties: event.parties,
            places: event.places,
            topics: event.topics,
            disputedQuestionCount: event.disputed,
            date: {
              from: { value: event.from, precision: 'day', basis: 'stated' },
              ...(event.to === undefined
                ? {}
                : { to: { value: event.to, precision: 'day', basis: 'stated' } }),
            },
          }));
          const world: World = {
            events,
            actors: actorParents.map((memberOf, i) => ({
              id: actors[i] ?? '',
              name: { ar: '', en: '' },
              aliases: { ar: [], en: [] },
              kind: 'armed-group',
              side: 'government',
              ...(memberOf ? { memberOf } : {}),
            })),
            places: placeParents.map((within, i) => ({
              id: places[i] ?? '',
              name: { ar: '', en: '' },
              aliases: { ar: [], en: [] },
              kind: 'region',
              ...(within ? { within } : {}),
            })),
          };
          const result = filterEvents(events, filters, {
            relations: { actors: world.actors, places: world.places },
          });
          const expected = reference(world, filters);
          expect(result.events.map((event) => event.id)).toEqual(expected.events);
          expect(result.emptiedBy).toBe(expected.emptiedBy);
          expect(Object.fromEntries(result.facets.actors)).toEqual(expected.actors);
          expect(Object.fromEntries(result.facets.places)).toEqual(expected.places);
          expect(Object.fromEntries(result.facets.topics)).toEqual(expected.topics);
        },
      ),
      { numRuns: 400 },
    );
  });
});
