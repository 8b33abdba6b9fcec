import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildBaseMap,
  buildLocatorOutline,
  regionBox,
  type CountriesTopology,
} from './build-base-map';
import { inBox } from './clip-to-box';

async function worldAtlas(scale = '50m'): Promise<CountriesTopology> {
  const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  return JSON.parse(await readFile(path, 'utf8')) as CountriesTopology;
}

describe('buildBaseMap', () => {
  it('cuts the world to the region: every point inside, Syria whole, a few kilobytes', async () => {
    const baseMap = buildBaseMap(await worldAtlas(), regionBox);
    const points = [baseMap.land, baseMap.focus].flat(3);
    expect(points.length).toBeGreaterThan(100);
    expect([...points, ...baseMap.borders.flat()].every((p) => inBox(p, regionBox))).toBe(true);

    // Syria's extreme points, as Natural Earth draws them, lie within the cut.
    const lons = baseMap.focus.flat(2).map(([lon]) => lon);
    const lats = baseMap.focus.flat(2).map(([, lat]) => lat);
    expect(Math.min(...lons)).toBeCloseTo(35.7, 0);
    expect(Math.max(...lons)).toBeCloseTo(42.4, 0);
    expect(Math.min(...lats)).toBeCloseTo(32.3, 0);
    expect(Math.max(...lats)).toBeCloseTo(37.3, 0);
    expect(baseMap.borders.length).toBeGreaterThan(3);

    const gzipped = gzipSync(JSON.stringify(baseMap)).length;
    expect(gzipped).toBeLessThan(40_000);
  });

  it('gives the locator Syria alone, coarse, with its bounding box', async () => {
    const { bounds, outline } = buildLocatorOutline(await worldAtlas('110m'));
    const [west, south, east, north] = bounds;
    expect(west).toBeCloseTo(35.7, 0);
    expect(east).toBeCloseTo(42.4, 0);
    expect(south).toBeCloseTo(32.3, 0);
    expect(north).toBeCloseTo(37.3, 0);
    const points = outline.flat(2);
    expect(points.length).toBeGreaterThan(10);
    expect(points.length).toBeLessThan(200);
    expect(points.every((point) => inBox(point, bounds))).toBe(true);
  });
});
