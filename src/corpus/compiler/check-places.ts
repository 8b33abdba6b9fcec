import type { Place } from '../schema';
import type { PlaceExtent } from '../place-geo-schema';
import type { ErrorSink } from '../rules/corpus-error';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus } from './loaded-corpus';

const areaPrecisions = new Set(['area', 'governorate', 'country']);

function contains(extent: PlaceExtent, lat: number, lon: number): boolean {
  return lat >= extent.south && lat <= extent.north && lon >= extent.west && lon <= extent.east;
}

/** The nearest place up the `within` chain that has an extent, if any (cycles are reported elsewhere). */
function boundingAncestor(place: Place, byId: ReadonlyMap<string, Place>): Place | undefined {
  const seen = new Set<string>([place.id]);
  let parent = place.within === undefined ? undefined : byId.get(place.within);
  while (parent !== undefined && !seen.has(parent.id)) {
    if (parent.geo?.extent !== undefined) return parent;
    seen.add(parent.id);
    parent = parent.within === undefined ? undefined : byId.get(parent.within);
  }
  return undefined;
}

/**
 * A place's geometry is only as good as its basis, and an area is drawn as an area:
 * every precision names its gazetteer or reference (in both languages: readers see it
 * beside the map), areas have an extent, an extent
 * holds its own point, and a place lies within the extent of the place it is within.
 * Ranges (latitude ±90, longitude ±180) are the schema's.
 */
export function checkPlaces(corpus: LoadedCorpus, sink: ErrorSink): void {
  const { places } = corpus;
  const byId = new Map(places.items.map(({ value }) => [value.id, value]));
  for (const { index, value: place } of places.items) {
    const { geo } = place;
    if (geo === undefined) continue;
    const at = (...path: string[]) => formatIssuePath(['places', index, 'geo', ...path]);
    if (geo.basis === undefined) {
      sink.report(
        places.file,
        at('basis'),
        `precision "${geo.precision}" needs a basis: name the gazetteer or reference the coordinates come from, in Arabic and English`,
      );
    }
    const { extent } = geo;
    if (extent === undefined) {
      if (areaPrecisions.has(geo.precision)) {
        sink.report(
          places.file,
          at('extent'),
          `precision "${geo.precision}" is an area: give its extent, or it would be drawn as a pin-point`,
        );
      }
    } else if (extent.south > extent.north || extent.west > extent.east) {
      sink.report(places.file, at('extent'), 'extent must have south ≤ north and west ≤ east');
    } else if (!contains(extent, geo.lat, geo.lon)) {
      sink.report(places.file, at('lat'), "the point lies outside the place's own extent");
    }
    const parent = boundingAncestor(place, byId);
    const parentExtent = parent?.geo?.extent;
    if (parent !== undefined && parentExtent !== undefined) {
      if (!contains(parentExtent, geo.lat, geo.lon)) {
        sink.report(
          places.file,
          at('lat'),
          `${String(geo.lat)}, ${String(geo.lon)} lies outside "${parent.id}", which it is within`,
        );
      }
    }
  }
}
