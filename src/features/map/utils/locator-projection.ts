import type { GeoBox, LonLat } from '@/lib/geo/base-map';

/**
 * A plain projection for the small locator map: longitude scaled by the
 * cosine of the frame's middle latitude, latitude as is. Over a country the
 * size of Syria it differs from Mercator by under a pixel at locator size,
 * and it keeps d3 out of the event page's code.
 */
export function locatorProjection(
  [west, south, east, north]: GeoBox,
  width: number,
): { project: (point: LonLat) => readonly [number, number]; height: number } {
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * squeeze);
  const height = Math.round((north - south) * scale);
  const project = ([lon, lat]: LonLat) =>
    [(lon - west) * squeeze * scale, (north - lat) * scale] as const;
  return { project, height };
}
