import type { Feature, Geometry, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BaseMap, GeoBox, LonLat } from '../../src/lib/geo/base-map.ts';
import { clipLine, clipRing, roundPoints } from './clip-to-box.ts';

/** Syria and its neighbours, with room around the corpus's places. */
export const regionBox: GeoBox = [33.5, 31, 43.5, 38.5];

/** ISO 3166-1 numeric code of the country the corpus is about, as world-atlas ids it (Syria). */
const focusCountry = '760';

export type CountriesTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

const asLonLat = (points: readonly Position[]): LonLat[] =>
  points.flatMap(([lon, lat]) =>
    lon === undefined || lat === undefined ? [] : [[lon, lat] as const],
  );

/** A geometry's polygons; none for points and lines. */
function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function clipPolygons(
  features: readonly Feature<Geometry | null>[],
  box: GeoBox,
  places: number,
): LonLat[][][] {
  const polygons: LonLat[][][] = [];
  for (const { geometry } of features) {
    for (const rings of polygonsOf(geometry)) {
      const clipped = rings
        .map((ring) => roundPoints(clipRing(asLonLat(ring), box), places))
        .filter((ring) => ring.length >= 3);
      if (clipped.length > 0) polygons.push(clipped);
    }
  }
  return polygons;
}

/**
 * The base map cut from a Natural Earth topology: land, the borders between
 * countries and the focus country, clipped to `box`, at `places` decimals.
 */
export function buildBaseMap(topology: CountriesTopology, box: GeoBox, places = 3): BaseMap {
  const { countries, land } = topology.objects;
  const landFeature = feature(topology, land);
  const countryFeatures = feature(topology, countries).features;
  const borderLines = mesh(topology, countries, (a, b) => a !== b);
  return {
    bounds: box,
    land: clipPolygons(landFeature.features, box, places),
    borders: borderLines.coordinates
      .flatMap((line) => clipLine(asLonLat(line), box))
      .map((line) => roundPoints(line, places))
      .filter((line) => line.length >= 2),
    focus: clipPolygons(
      countryFeatures.filter((country) => country.id === focusCountry),
      box,
      places,
    ),
  };
}

/** The focus country's outline for a small locator map, and its bounding box. */
interface LocatorOutline {
  bounds: GeoBox;
  outline: LonLat[][][];
}

/** The focus country alone, coarse (Natural Earth 1:110m, 2 decimals), for the event page's locator. */
export function buildLocatorOutline(topology: CountriesTopology): LocatorOutline {
  const country = feature(topology, topology.objects.countries).features.filter(
    (item) => item.id === focusCountry,
  );
  const outline = clipPolygons(country, regionBox, 2);
  const points = outline.flat(2);
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  return {
    bounds: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
    outline,
  };
}
