import { prepareSearchText } from '@/corpus/search/search-text';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { activeFilterKeys, filterEvents, type EventFilters } from './filter-events';

const { events } = corpusIndexFixture;
const ids = (filters: EventFilters) => filterEvents(events, filters).events.map((e) => e.id);

describe('filterEvents', () => {
  it('returns every event, in corpus order, with no filters', () => {
    const result = filterEvents(events, {});
    expect(result.events).toHaveLength(events.length);
    expect(result.emptiedBy).toBeUndefined();
  });

  it('keeps events where ANY selected party made a claim', () => {
    expect(ids({ actors: ['hts'] })).toEqual(['jet-downed', 'winter-offensive']);
    expect(ids({ actors: ['hts', 'sohr'] })).toEqual([
      'saraqib-market',
      'jet-downed',
      'june-raid',
      'winter-offensive',
      'displacement-2020',
    ]);
  });

  it('filters by place and topic', () => {
    expect(ids({ place: ['saraqib'] })).toEqual(['saraqib-market', 'winter-offensive']);
    expect(ids({ topic: ['displacement'] })).toEqual(['winter-offensive', 'displacement-2020']);
    expect(ids({ place: ['saraqib'], topic: ['displacement'] })).toEqual(['winter-offensive']);
  });

  describe('dates', () => {
    it('lets a month-precision date cover its whole month', () => {
      expect(ids({ from: '2019-06-30', to: '2019-06-30' })).toEqual(['jet-downed']);
      expect(ids({ from: '2019-06-01', to: '2019-06-30' })).toEqual(['jet-downed', 'june-raid']);
    });

    it('lets a year-precision date cover its whole year', () => {
      expect(ids({ from: '2020-11-01' })).toEqual(['displacement-2020']);
    });

    it('keeps a range that overlaps the chosen dates', () => {
      expect(ids({ from: '2020-01-01', to: '2020-01-10' })).toEqual([
        'winter-offensive',
        'displacement-2020',
      ]);
      expect(ids({ to: '2019-12-19' })).toEqual(['jet-downed', 'june-raid', 'winter-offensive']);
    });

    it('includes both ends of the chosen range', () => {
      expect(ids({ from: '2020-01-23', to: '2020-01-23' })).toContain('saraqib-market');
      expect(ids({ from: '2019-06-21' })).not.toContain('june-raid');
    });

    it('treats an unset end as open', () => {
      expect(ids({ to: '2019-06-15' })).toEqual(['jet-downed']);
      expect(ids({ from: '2019-06-15' })).toContain('jet-downed');
      expect(ids({})).toHaveLength(events.length);
    });

    it('reads a reversed range the way it was meant', () => {
      expect(ids({ from: '2019-06-30', to: '2019-06-01' })).toEqual(['jet-downed', 'june-raid']);
    });
  });

  describe('full text', () => {
    it('searches titles and summaries in both languages, folded', () => {
      expect(ids({ q: 'اسقاط' })).toEqual(['jet-downed']);
      expect(ids({ q: 'l39' })).toEqual(['jet-downed']);
      expect(ids({ q: 'لام ٣٩' })).toEqual(['jet-downed']);
      expect(ids({ q: 'SARAQIB' })).toEqual(['saraqib-market']);
      expect(ids({ q: 'summary of winter' })).toEqual(['winter-offensive']);
    });

    it('treats a blank query as no query', () => {
      expect(ids({ q: '  ، ' })).toHaveLength(events.length);
      expect(activeFilterKeys({ q: ' - ' })).toEqual([]);
    });

    it('searches caller-supplied texts, falling back to titles for events without one', () => {
      const searchTexts = new Map([['june-raid', prepareSearchText('قالت وزارة الدفاع الروسية')]]);
      const found = (q: string) =>
        filterEvents(events, { q }, { searchTexts }).events.map((e) => e.id);
      expect(found('الدفاع')).toEqual(['june-raid']);
      expect(found('raid')).toEqual([]);
      expect(found('winter')).toEqual(['winter-offensive']);
    });
  });

  describe('empty state', () => {
    it('names the first filter, in order, that left nothing', () => {
      expect(filterEvents(events, { q: 'no-such-word', actors: ['hts'] }).emptiedBy).toBe('q');
      expect(
        filterEvents(events, { actors: ['hts'], place: ['idlib'], topic: ['aircraft'] }).emptiedBy,
      ).toBe('topic');
      expect(filterEvents(events, { actors: ['hts'], from: '2020-02-01' }).emptiedBy).toBe('dates');
      expect(filterEvents(events, { actors: ['silent-actor'] }).emptiedBy).toBe('actors');
      expect(filterEvents(events, { q: 'raid', place: ['saraqib'] }).emptiedBy).toBe('place');
      expect(
        filterEvents(events, { actors: ['sohr'], place: ['khan-shaykhun'], topic: ['aircraft'] })
          .emptiedBy,
      ).toBe('topic');
    });

    it('names nothing when there are matches or no events at all', () => {
      expect(filterEvents(events, { actors: ['hts'] }).emptiedBy).toBeUndefined();
      expect(filterEvents([], { q: 'x' }).emptiedBy).toBeUndefined();
    });
  });

  describe('facets', () => {
    it('counts each facet over the events that match every OTHER filter', () => {
      const { facets } = filterEvents(events, { actors: ['hts'], place: ['saraqib'] });
      // Parties: place filter only → saraqib-market, winter-offensive.
      expect(Object.fromEntries(facets.actors)).toEqual({ 'syrian-army': 2, sohr: 1, hts: 1 });
      // Places: party filter only → jet-downed, winter-offensive.
      expect(Object.fromEntries(facets.places)).toEqual({
        'khan-shaykhun': 1,
        idlib: 1,
        saraqib: 1,
      });
      // Topics: both filters → winter-offensive.
      expect(Object.fromEntries(facets.topics)).toEqual({ shelling: 1, displacement: 1 });
    });

    it('counts an event once per value even if listed twice', () => {
      const doubled = events.slice(0, 1).map((e) => ({ ...e, parties: ['sohr', 'sohr'] }));
      expect(filterEvents(doubled, {}).facets.actors.get('sohr')).toBe(1);
    });

    it('leaves out values no matching event has', () => {
      const { facets } = filterEvents(events, {});
      expect(facets.actors.has('silent-actor')).toBe(false);
      expect(facets.actors.get('sohr')).toBe(3);
    });
  });
});
