import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Place } from '@/corpus/schema';
import type { GeoBox } from '@/lib/geo/base-map';

/** The smallest span the map shows, in degrees: a corpus about one town still shows its region. */
const minSpan = 1.5;

/** Areas wider or taller than this (in degrees) do not widen the frame; they run off its edges. */
const maxFramingSpan = 1.5;

/**
 * The part of `bounds` the map frames: every mapped place of the corpus (its
 * point, or its extent for an area) but the countries and the largest areas,
 * which would shrink the places that matter to a corner; with a margin.
 * Computed from the corpus, not the filtered events, so the map stays still
 * while a reader filters.
 */
export function mapFrame(places: readonly Place[], bounds: GeoBox): GeoBox {
  const [bWest, bSouth, bEast, bNorth] = bounds;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { geo } of places) {
    if (geo === undefined || geo.precision === 'country') continue;
    const { lat, lon } = geo;
    if (lon < bWest || lon > bEast || lat < bSouth || lat > bNorth) continue;
    const box = geo.extent ?? { west: lon, south: lat, east: lon, north: lat };
    if (box.east - box.west > maxFramingSpan || box.north - box.south > maxFramingSpan) continue;
    west = Math.min(west, box.west);
    south = Math.min(south, box.south);
    east = Math.max(east, box.east);
    north = Math.max(north, box.north);
  }
  if (west > east) return bounds;
  const grow = (low: number, high: number): [number, number] => {
    const span = Math.max(high - low, minSpan) * 1.1;
    const middle = (low + high) / 2;
    return [middle - span / 2, middle + span / 2];
  };
  const [fWest, fEast] = grow(west, east);
  const [fSouth, fNorth] = grow(south, north);
  return [
    Math.max(fWest, bWest),
    Math.max(fSouth, bSouth),
    Math.min(fEast, bEast),
    Math.min(fNorth, bNorth),
  ];
}

/** The map's drawing area, in SVG units; the SVG scales to its container. */
export interface MapSize {
  width: number;
  height: number;
}

/**
 * A Mercator projection fitted to the frame, and the height that keeps the
 * frame's shape at `width` (bounded, so a tall corpus does not push the list
 * off screen). Computed once per corpus and width.
 */
export function fitProjection(
  frame: GeoBox,
  width: number,
): { projection: GeoProjection; size: MapSize } {
  const [west, south, east, north] = frame;
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const probe = geoMercator().fitWidth(width, corners);
  const [[, top], [, bottom]] = [probe([west, north]) ?? [0, 0], probe([east, south]) ?? [0, 0]];
  const height = Math.round(Math.min(Math.max(bottom - top, width * 0.45), width * 1.1));
  const size = { width, height };
  const projection = geoMercator().fitSize([width, height], corners);
  return { projection, size };
}
