import type { LonLat } from '@/lib/geo/base-map';

/** A projected point, or undefined where the projection has none. */
export type Project = (point: LonLat) => readonly [number, number] | undefined;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Polygons (lists of rings) as one SVG path, drawn flat after projection: the
 * base map is small and crosses no antimeridian, so the rings need no
 * spherical clipping, and a ring's winding cannot flood the frame.
 */
export function polygonsPath(
  polygons: readonly (readonly (readonly LonLat[])[])[],
  project: Project,
): string {
  const parts: string[] = [];
  for (const rings of polygons) {
    for (const ring of rings) parts.push(linePath(ring, project, true));
  }
  return parts.join('');
}

/** A line (or, closed, a ring) as an SVG path. */
export function linePath(points: readonly LonLat[], project: Project, closed = false): string {
  let path = '';
  for (const point of points) {
    const xy = project(point);
    if (xy === undefined) continue;
    path += `${path === '' ? 'M' : 'L'}${String(round(xy[0]))},${String(round(xy[1]))}`;
  }
  return path !== '' && closed ? `${path}Z` : path;
}
