import type { GeoBox, LonLat } from '../../src/lib/geo/base-map.ts';

interface Edge {
  inside: (point: LonLat) => boolean;
  cross: (a: LonLat, b: LonLat) => LonLat;
}

function edgesOf([west, south, east, north]: GeoBox): Edge[] {
  const atX =
    (x: number) =>
    (a: LonLat, b: LonLat): LonLat => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: LonLat, b: LonLat): LonLat => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= west, cross: atX(west) },
    { inside: (p) => p[0] <= east, cross: atX(east) },
    { inside: (p) => p[1] >= south, cross: atY(south) },
    { inside: (p) => p[1] <= north, cross: atY(north) },
  ];
}

/**
 * A ring clipped to a box (Sutherland–Hodgman, one box edge at a time): the part of
 * the polygon inside, with the box's edge closing it where it was cut. Empty when
 * nothing is inside. Plain degrees suffice: the region crosses no pole or antimeridian.
 */
export function clipRing(ring: readonly LonLat[], box: GeoBox): LonLat[] {
  let output: LonLat[] = [...ring];
  for (const edge of edgesOf(box)) {
    const input = output;
    output = [];
    input.forEach((current, position) => {
      const previous = input[(position + input.length - 1) % input.length];
      if (previous === undefined) return;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cross(previous, current));
      }
    });
    if (output.length === 0) return [];
  }
  return output.length >= 3 ? output : [];
}

/** Whether a point lies in the box, edges included. */
export function inBox([lon, lat]: LonLat, [west, south, east, north]: GeoBox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/**
 * A line clipped to a box: the runs of it inside, each a line of its own
 * (Liang–Barsky per segment, joined where consecutive segments meet).
 */
export function clipLine(line: readonly LonLat[], box: GeoBox): LonLat[][] {
  const [west, south, east, north] = box;
  const runs: LonLat[][] = [];
  let run: LonLat[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let position = 1; position < line.length; position += 1) {
    const a = line[position - 1];
    const b = line[position];
    if (a === undefined || b === undefined) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let t0 = 0;
    let t1 = 1;
    const sides: [number, number][] = [
      [-dx, a[0] - west],
      [dx, east - a[0]],
      [-dy, a[1] - south],
      [dy, north - a[1]],
    ];
    let visible = true;
    for (const [p, q] of sides) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else if (p < 0) {
        t0 = Math.max(t0, q / p);
      } else {
        t1 = Math.min(t1, q / p);
      }
    }
    if (!visible || t0 > t1) {
      close();
      continue;
    }
    const start: LonLat = [a[0] + t0 * dx, a[1] + t0 * dy];
    const end: LonLat = [a[0] + t1 * dx, a[1] + t1 * dy];
    if (run.length === 0 || t0 > 0) {
      close();
      run.push(start);
    }
    run.push(end);
    if (t1 < 1) close();
  }
  close();
  return runs;
}

/** Degrees rounded to `places` decimals, repeated points dropped: the asset's size is mostly digits. */
export function roundPoints(points: readonly LonLat[], places: number): LonLat[] {
  const factor = 10 ** places;
  const rounded: LonLat[] = [];
  for (const [lon, lat] of points) {
    const point: LonLat = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
    const last = rounded.at(-1);
    if (last?.[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}
