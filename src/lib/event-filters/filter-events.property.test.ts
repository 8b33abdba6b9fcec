import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDayOf, lastDayOf, type IsoDay } from '@/corpus/calendar';
import type { DateRange } from '@/corpus/primitives';
import type { EventSummary } from '@/corpus/shards';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { filterEvents, filterKeys, type EventFilters, type FilterKey } from './filter-events';

const [template] = corpusIndexFixture.events;
if (!template) throw new Error('the fixture has no event');

const actors = ['army', 'hts', 'sohr', 'nlf', 'unlisted'];
const places = ['idlib', 'saraqib', 'hama', 'unlisted'];
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

/** The rules written plainly, one filter at a time: what the fast loop must agree with. */
function reference(events: readonly EventSummary[], filters: EventFilters) {
  const tests: Record<FilterKey, (event: EventSummary) => boolean> = {
    q: () => true,
    actors: (event) =>
      (filters.actors ?? []).length === 0 ||
      event.parties.some((id) => filters.actors?.includes(id)),
    dates: (event) => overlapsDays(event.date, filters.from, filters.to),
    place: (event) => filters.place === undefined || event.places.includes(filters.place),
    topic: (event) => filters.topic === undefined || event.topics.includes(filters.topic),
  };
  const passesAllBut = (event: EventSummary, skipped: FilterKey | undefined) =>
    filterKeys.every((key) => key === skipped || tests[key](event));
  const counts = (skipped: FilterKey, ids: (event: EventSummary) => readonly string[]) => {
    const found: Record<string, number> = {};
    for (const event of events.filter((each) => passesAllBut(each, skipped))) {
      for (const id of new Set(ids(event))) found[id] = (found[id] ?? 0) + 1;
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
  return {
    events: matches.map((event) => event.id),
    emptiedBy,
    actors: counts('actors', (event) => event.parties),
    places: counts('place', (event) => event.places),
    topics: counts('topic', (event) => event.topics),
  };
}

const eventArbitrary = fc.record({
  parties: fc.array(fc.constantFrom(...actors.slice(0, 4)), { maxLength: 4 }),
  places: fc.array(fc.constantFrom(...places.slice(0, 3)), { maxLength: 3 }),
  topics: fc.array(fc.constantFrom(...topics.slice(0, 2)), { maxLength: 2 }),
  from: fc.constantFrom(...days),
  to: fc.option(fc.constantFrom(...days), { nil: undefined }),
});

const filtersArbitrary = fc.record(
  {
    actors: fc.array(fc.constantFrom(...actors), { maxLength: 3 }),
    from: fc.constantFrom(...days),
    to: fc.constantFrom(...days),
    place: fc.constantFrom(...places),
    topic: fc.constantFrom(...topics),
  },
  { requiredKeys: [] },
);

describe('filterEvents agrees with the rules written plainly', () => {
  it('for any events and any filters: matches, facet counts and what emptied the list', () => {
    fc.assert(
      fc.property(
        fc.array(eventArbitrary, { maxLength: 12 }),
        filtersArbitrary,
        (made, filters) => {
          const events: EventSummary[] = made.map((event, i) => ({
            ...template,
            id: `event-${String(i)}`,
            parties: event.parties,
            places: event.places,
            topics: event.topics,
            date: {
              from: { value: event.from, precision: 'day', basis: 'stated' },
              ...(event.to === undefined
                ? {}
                : { to: { value: event.to, precision: 'day', basis: 'stated' } }),
            },
          }));
          const result = filterEvents(events, filters);
          const expected = reference(events, filters);
          expect(result.events.map((event) => event.id)).toEqual(expected.events);
          expect(result.emptiedBy).toBe(expected.emptiedBy);
          expect(Object.fromEntries(result.facets.actors)).toEqual(expected.actors);
          expect(Object.fromEntries(result.facets.places)).toEqual(expected.places);
          expect(Object.fromEntries(result.facets.topics)).toEqual(expected.topics);
        },
      ),
      { numRuns: 300 },
    );
  });
});
