import { describe, expect, it } from 'vitest';
import type { Place } from '@/corpus/schema';
import type { EventSummary } from '@/corpus/shards';
import type { GeoBox } from '@/lib/geo/base-map';
import { markKind, placeMarks } from './place-marks';

const bounds: GeoBox = [33.5, 31, 43.5, 38.5];
const label = (en: string) => ({ en, ar: en });
const place = (id: string, geo?: Place['geo']): Place => ({
  id,
  name: label(id),
  aliases: { ar: [], en: [] },
  kind: 'town',
  ...(geo ? { geo } : {}),
});
const town = place('town', {
  lat: 35.4,
  lon: 36.5,
  precision: 'settlement',
  basis: { ar: 'GeoNames', en: 'GeoNames' },
});
const region = place('region', {
  lat: 35.5,
  lon: 36.6,
  extent: { west: 36, south: 35, east: 37, north: 36 },
  precision: 'area',
  basis: { ar: 'OpenStreetMap', en: 'OpenStreetMap' },
});
const summit = place('summit', {
  lat: 51.17,
  lon: 71.45,
  precision: 'settlement',
  basis: { ar: 'GeoNames', en: 'GeoNames' },
});
const unmapped = place('unmapped');

const event = (id: string, places: string[], disputed: number): EventSummary => ({
  id,
  title: label(id),
  summary: label(id),
  date: { from: { value: '2019', precision: 'year', basis: 'stated' } },
  places,
  topics: [],
  parties: [],
  claimCount: 0,
  questionCount: disputed,
  disputedQuestionCount: disputed,
  shard: `events/${id}.0123abcd.json`,
});

describe('markKind', () => {
  it('draws settlements at points, areas as areas, and lists the rest', () => {
    expect(markKind(town, bounds)).toBe('point');
    expect(markKind(region, bounds)).toBe('area');
    expect(markKind(summit, bounds)).toBe('outside');
    expect(markKind(unmapped, bounds)).toBe('unmapped');
  });

  it('draws an area without an extent at its point, never as a box it does not have', () => {
    const geo = {
      lat: 35.5,
      lon: 36.6,
      precision: 'area' as const,
      basis: { ar: 'OpenStreetMap', en: 'OpenStreetMap' },
    };
    expect(markKind({ ...region, geo }, bounds)).toBe('point');
  });
});

describe('placeMarks', () => {
  const places = [town, region, summit, unmapped];

  it('groups events by the places they name, counting the disputed ones, busiest first', () => {
    const marks = placeMarks(
      [
        event('a', ['town', 'region'], 1),
        event('b', ['region'], 0),
        event('c', ['region', 'unmapped', 'summit'], 2),
        event('d', ['no-such-place'], 0),
      ],
      places,
      bounds,
    );
    expect(
      marks.map(({ place: { id }, kind, events, disputed }) => ({
        id,
        kind,
        events: events.map((item) => item.id),
        disputed,
      })),
    ).toEqual([
      { id: 'region', kind: 'area', events: ['a', 'b', 'c'], disputed: 2 },
      { id: 'town', kind: 'point', events: ['a'], disputed: 1 },
      { id: 'summit', kind: 'outside', events: ['c'], disputed: 1 },
      { id: 'unmapped', kind: 'unmapped', events: ['c'], disputed: 1 },
    ]);
  });

  it('counts an event that names a place twice once', () => {
    const [mark] = placeMarks([event('a', ['town', 'town'], 0)], places, bounds);
    expect(mark?.events).toHaveLength(1);
  });

  it('groups 10,000 events, each counted at every place it names', () => {
    const many = Array.from({ length: 10_000 }, (_, position) =>
      event(`e${String(position)}`, position % 2 ? ['town', 'region'] : ['region'], position % 3),
    );
    const marks = placeMarks(many, places, bounds);
    expect(marks.map((mark) => [mark.place.id, mark.events.length])).toEqual([
      ['region', 10_000],
      ['town', 5_000],
    ]);
    expect(marks[0]?.disputed).toBe(many.filter((item) => item.disputedQuestionCount > 0).length);
  });
});
