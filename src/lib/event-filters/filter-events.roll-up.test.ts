import type { Actor } from '@/corpus/schema';
import type { EventSummary } from '@/corpus/shards';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { filterEvents, type EventFilters } from './filter-events';
import { sortEvents } from './sort-events';

const [template] = corpusIndexFixture.events;
if (!template) throw new Error('the fixture has no event');

const actor = (id: string, memberOf?: string): Actor => ({
  id,
  name: { ar: id, en: id },
  aliases: { ar: [], en: [] },
  kind: 'state-body',
  side: 'government',
  ...(memberOf ? { memberOf } : {}),
});
// Russia ⊃ its Ministry of Defence ⊃ the Hmeimim base; the fixture's Saraqib lies within Idlib.
const relations = {
  actors: [actor('russia'), actor('russian-mod', 'russia'), actor('hmeimim', 'russian-mod')],
  places: corpusIndexFixture.places,
};
const event = (
  id: string,
  parties: string[],
  places: string[],
  topics: string[],
  disputed: number,
): EventSummary => ({
  ...template,
  id,
  parties,
  places,
  topics,
  disputedQuestionCount: disputed,
});
const events = [
  event('base-speaks', ['hmeimim'], ['saraqib'], ['aircraft'], 1),
  event('russia-speaks', ['russia', 'sohr'], ['idlib'], ['truce'], 0),
  event('ministry-speaks', ['russian-mod', 'sohr'], ['khan-shaykhun'], ['shelling'], 2),
  event('hts-speaks', ['hts'], ['saraqib'], ['shelling'], 1),
];
const run = (filters: EventFilters) => filterEvents(events, filters, { relations });
const ids = (filters: EventFilters) => run(filters).events.map((e) => e.id);

describe('party membership rolls up', () => {
  it('reads a party as itself and every body belonging to it, at any depth', () => {
    expect(ids({ actors: ['russia'] })).toEqual([
      'base-speaks',
      'russia-speaks',
      'ministry-speaks',
    ]);
    expect(ids({ actors: ['russian-mod'] })).toEqual(['base-speaks', 'ministry-speaks']);
  });

  it('reads a party as itself only with members: exclude', () => {
    expect(ids({ actors: ['russia'], members: 'exclude' })).toEqual(['russia-speaks']);
  });

  it('rolls nothing up without the relations', () => {
    expect(filterEvents(events, { actors: ['russia'] }).events.map((e) => e.id)).toEqual([
      'russia-speaks',
    ]);
  });

  it('counts each party with its members, or alone when members are excluded', () => {
    expect(Object.fromEntries(run({}).facets.actors)).toEqual({
      russia: 3,
      'russian-mod': 2,
      hmeimim: 1,
      sohr: 2,
      hts: 1,
    });
    expect(Object.fromEntries(run({ members: 'exclude' }).facets.actors)).toEqual({
      russia: 1,
      'russian-mod': 1,
      hmeimim: 1,
      sohr: 2,
      hts: 1,
    });
  });
});

describe('"all of" the chosen parties', () => {
  it('keeps only events where every chosen party (with its members) spoke', () => {
    expect(ids({ actors: ['russian-mod', 'sohr'], match: 'all' })).toEqual(['ministry-speaks']);
    expect(ids({ actors: ['russia', 'sohr'], match: 'all' })).toEqual([
      'russia-speaks',
      'ministry-speaks',
    ]);
    expect(ids({ actors: ['russia', 'sohr'], match: 'all', members: 'exclude' })).toEqual([
      'russia-speaks',
    ]);
  });

  it('needs a party and its own member both to have spoken when both are chosen', () => {
    expect(ids({ actors: ['russia', 'hmeimim'], match: 'all' })).toEqual(['base-speaks']);
  });

  it('matches nothing when a chosen party is unknown, and names the party filter', () => {
    const result = run({ actors: ['russia', 'nobody'], match: 'all' });
    expect(result.events).toEqual([]);
    expect(result.emptiedBy).toBe('actors');
    expect(ids({ actors: ['russia', 'nobody'] })).toHaveLength(3);
  });

  it('counts, per party, the events shown in which it also spoke', () => {
    const { facets } = run({ actors: ['russia', 'sohr'], match: 'all' });
    expect(Object.fromEntries(facets.actors)).toEqual({
      russia: 2,
      sohr: 2,
      'russian-mod': 1,
    });
  });
});

describe('places, topics and disputes', () => {
  it('includes the places within a chosen place', () => {
    expect(ids({ place: ['idlib'] })).toEqual(['base-speaks', 'russia-speaks', 'hts-speaks']);
    expect(Object.fromEntries(run({}).facets.places)).toEqual({
      idlib: 3,
      saraqib: 2,
      'khan-shaykhun': 1,
    });
  });

  it('keeps events in any of several places, or on any of several topics', () => {
    expect(ids({ place: ['saraqib', 'khan-shaykhun'] })).toEqual([
      'base-speaks',
      'ministry-speaks',
      'hts-speaks',
    ]);
    expect(ids({ topic: ['aircraft', 'truce'] })).toEqual(['base-speaks', 'russia-speaks']);
    expect(ids({ place: ['atlantis'] })).toEqual([]);
  });

  it('keeps only events with a disputed question, and names that filter when it empties', () => {
    expect(ids({ disputed: 'only' })).toEqual(['base-speaks', 'ministry-speaks', 'hts-speaks']);
    expect(run({ actors: ['russia'], members: 'exclude', disputed: 'only' }).emptiedBy).toBe(
      'disputed',
    );
  });
});

describe('sortEvents', () => {
  it('keeps the corpus order by date, and puts most disputed first on request', () => {
    expect(sortEvents(events, undefined)).toBe(events);
    // Ties keep the date order: the base's event before HTS's.
    expect(sortEvents(events, 'disputes').map((e) => e.id)).toEqual([
      'ministry-speaks',
      'base-speaks',
      'hts-speaks',
      'russia-speaks',
    ]);
  });
});
