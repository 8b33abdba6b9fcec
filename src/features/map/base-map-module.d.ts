declare module 'virtual:riwaya-base-map' {
  import type { BaseMap } from '@/lib/geo/base-map';

  /** Natural Earth cut to the region at build time (scripts/map/base-map-plugin.ts). */
  export const baseMap: BaseMap;
}

declare module 'virtual:riwaya-locator-outline' {
  import type { GeoBox, LonLat } from '@/lib/geo/base-map';

  /** The focus country's coarse outline (its polygons' rings) and its bounding box. */
  export const locatorOutline: { bounds: GeoBox; outline: LonLat[][][] };
}
