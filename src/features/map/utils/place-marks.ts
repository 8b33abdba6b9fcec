import type { Place } from '@/corpus/schema';
import type { EventSummary } from '@/corpus/shards';
import type { GeoBox } from '@/lib/geo/base-map';

/**
 * How a place is drawn: at a point (a site or settlement), as an area (its extent),
 * listed as outside the area the map shows, or listed as unmapped (no coordinates yet).
 */
export type MarkKind = 'point' | 'area' | 'outside' | 'unmapped';

export interface PlaceMark {
  place: Place;
  kind: MarkKind;
  /** The events (of those shown) that name this place, in the order given. */
  events: EventSummary[];
  /** How many of them have at least one disputed question. */
  disputed: number;
}

const areaPrecisions = new Set(['area', 'governorate', 'country']);

function inBox(lat: number, lon: number, [west, south, east, north]: GeoBox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** How a place is drawn on a map covering `bounds`. */
export function markKind(place: Place, bounds: GeoBox): MarkKind {
  const { geo } = place;
  if (geo === undefined) return 'unmapped';
  if (!inBox(geo.lat, geo.lon, bounds)) return 'outside';
  return geo.extent !== undefined && areaPrecisions.has(geo.precision) ? 'area' : 'point';
}

/**
 * The events grouped by the places they name: one mark per place named by at
 * least one event, most events first (ties in the corpus's order of places).
 * An event naming three places counts at each. One pass over the events'
 * place lists, so 10,000 events take a few milliseconds.
 */
export function placeMarks(
  events: readonly EventSummary[],
  places: readonly Place[],
  bounds: GeoBox,
): PlaceMark[] {
  const marks = new Map<string, PlaceMark>();
  const order = new Map(places.map((place, position) => [place.id, position]));
  const byId = new Map(places.map((place) => [place.id, place]));
  for (const event of events) {
    const disputed = event.disputedQuestionCount > 0;
    for (const id of event.places) {
      let mark = marks.get(id);
      if (mark === undefined) {
        const place = byId.get(id);
        if (place === undefined) continue;
        mark = { place, kind: markKind(place, bounds), events: [], disputed: 0 };
        marks.set(id, mark);
      }
      // An event that names a place twice is still one event there.
      if (mark.events.at(-1) === event) continue;
      mark.events.push(event);
      if (disputed) mark.disputed += 1;
    }
  }
  return [...marks.values()].sort(
    (a, b) =>
      b.events.length - a.events.length ||
      (order.get(a.place.id) ?? 0) - (order.get(b.place.id) ?? 0),
  );
}
