/** A longitude–latitude pair in degrees (WGS 84), GeoJSON's order. */
export type LonLat = readonly [number, number];

/** A box in degrees: west, south, east, north (GeoJSON's bbox order). */
export type GeoBox = readonly [number, number, number, number];

/**
 * The map's base geometry, cut from Natural Earth at build time to the region
 * the corpus is about (scripts/map/): polygons are lists of rings, lines lists
 * of points. The browser loads this, never the world.
 */
export interface BaseMap {
  /** The box everything was clipped to. */
  bounds: GeoBox;
  /** Land, as polygons (each a list of rings). */
  land: LonLat[][][];
  /** Borders between countries, as lines. */
  borders: LonLat[][];
  /** The country the corpus is about, drawn a shade apart. */
  focus: LonLat[][][];
}
