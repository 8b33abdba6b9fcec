import { describe, expect, it } from 'vitest';
import type { Place } from '@/corpus/schema';
import type { GeoBox } from '@/lib/geo/base-map';
import { locatorProjection } from './locator-projection';
import { fitProjection, mapFrame } from './map-frame';
import { linePath, polygonsPath } from './svg-path';

const bounds: GeoBox = [33.5, 31, 43.5, 38.5];
const place = (id: string, geo: Place['geo']): Place => ({
  id,
  name: { en: id, ar: id },
  aliases: { ar: [], en: [] },
  kind: 'town',
  geo,
});
const settlement = (id: string, lat: number, lon: number) =>
  place(id, { lat, lon, precision: 'settlement', basis: { ar: 'GeoNames', en: 'GeoNames' } });

describe('mapFrame', () => {
  it('frames the places with a margin, leaving out countries and vast areas', () => {
    const frame = mapFrame(
      [
        settlement('a', 35.4, 36.5),
        settlement('b', 35.1, 36.7),
        place('syria', {
          lat: 35,
          lon: 38.5,
          extent: { west: 35.6, south: 32.3, east: 42.4, north: 37.35 },
          precision: 'country',
          basis: { ar: 'Natural Earth', en: 'Natural Earth' },
        }),
        place('north', {
          lat: 36.3,
          lon: 38.5,
          extent: { west: 35.7, south: 35, east: 42.4, north: 37.35 },
          precision: 'area',
          basis: { ar: 'OpenStreetMap', en: 'OpenStreetMap' },
        }),
        settlement('far-away', 51.17, 71.45),
      ],
      bounds,
    );
    const [west, south, east, north] = frame;
    expect(west).toBeLessThan(36.5);
    expect(east).toBeGreaterThan(36.7);
    expect(south).toBeLessThan(35.1);
    expect(north).toBeGreaterThan(35.4);
    // A small cluster still shows its surroundings, and never the vast area's far end.
    expect(east - west).toBeGreaterThanOrEqual(1.5);
    expect(east).toBeLessThan(38);
  });

  it('falls back to the whole region when nothing has coordinates', () => {
    expect(mapFrame([], bounds)).toEqual(bounds);
  });
});

describe('fitProjection', () => {
  it('puts the frame inside the drawing, north up and west on the left', () => {
    const frame: GeoBox = [35.7, 34.9, 37.4, 36.4];
    const { projection, size } = fitProjection(frame, 800);
    expect(size.width).toBe(800);
    expect(size.height).toBeGreaterThan(300);
    for (const [lon, lat] of [
      [35.7, 34.9],
      [37.4, 36.4],
      [36.5, 35.4],
    ] as const) {
      const [x = NaN, y = NaN] = projection([lon, lat]) ?? [];
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(size.width + 0.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(size.height + 0.5);
    }
    const [westX = 0, northY = 0] = projection([35.7, 36.4]) ?? [];
    const [eastX = 0, southY = 0] = projection([37.4, 34.9]) ?? [];
    expect(westX).toBeLessThan(eastX);
    expect(northY).toBeLessThan(southY);
  });
});

describe('svg paths', () => {
  const identity = (point: readonly [number, number]) => point;
  it('draws lines and closed rings, rounded to a tenth of a unit', () => {
    expect(
      linePath(
        [
          [0, 0],
          [10.04, 5.06],
        ],
        identity,
      ),
    ).toBe('M0,0L10,5.1');
    expect(
      polygonsPath(
        [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
            ],
          ],
        ],
        identity,
      ),
    ).toBe('M0,0L1,0L1,1Z');
  });
});

describe('locatorProjection', () => {
  it('maps the box to the width, north at the top, keeping the shape', () => {
    const { project, height } = locatorProjection([35.6, 32.3, 42.4, 37.3], 160);
    expect(project([35.6, 37.3])).toEqual([0, 0]);
    const [x, y] = project([42.4, 32.3]);
    expect(x).toBeCloseTo(160);
    expect(y).toBeCloseTo(height, 0);
    // Syria is wider than tall: about 6.8° by 5°, squeezed by cos 35°.
    expect(height).toBeGreaterThan(130);
    expect(height).toBeLessThan(150);
  });
});
