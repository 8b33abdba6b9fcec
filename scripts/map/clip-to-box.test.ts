import { describe, expect, it } from 'vitest';
import type { GeoBox, LonLat } from '../../src/lib/geo/base-map';
import { clipLine, clipRing, inBox, roundPoints } from './clip-to-box';

const box: GeoBox = [0, 0, 10, 10];

describe('clipRing', () => {
  it('keeps a ring inside the box as it is', () => {
    const ring: LonLat[] = [
      [1, 1],
      [5, 1],
      [5, 5],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  it('cuts a ring that crosses the box at the box edge', () => {
    const clipped = clipRing(
      [
        [-5, 2],
        [5, 2],
        [5, 8],
        [-5, 8],
      ],
      box,
    );
    expect(clipped.every((point) => inBox(point, box))).toBe(true);
    expect(clipped).toEqual(
      expect.arrayContaining([
        [0, 2],
        [5, 2],
        [5, 8],
        [0, 8],
      ]),
    );
  });

  it('drops a ring wholly outside', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('clipLine', () => {
  it('splits a line into the runs inside the box', () => {
    const runs = clipLine(
      [
        [-5, 5],
        [5, 5],
        [15, 5],
        [15, 6],
        [5, 6],
      ],
      box,
    );
    expect(runs).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 6],
        [5, 6],
      ],
    ]);
  });

  it('drops a line wholly outside', () => {
    expect(
      clipLine(
        [
          [-5, -5],
          [-1, -1],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('roundPoints', () => {
  it('rounds and drops the repeats rounding makes', () => {
    expect(
      roundPoints(
        [
          [1.2344, 2.0001],
          [1.2341, 2.0004],
          [1.3, 2],
        ],
        3,
      ),
    ).toEqual([
      [1.234, 2],
      [1.3, 2],
    ]);
  });
});
