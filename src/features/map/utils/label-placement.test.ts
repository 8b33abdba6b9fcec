import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from './label-placement';

describe('placeLabels', () => {
  it('moves a label to its next option when the first overlaps one already placed', () => {
    const at = (x: number, y: number) => ({ x, y, width: 50, height: 14 });
    const placed = placeLabels([
      { id: 'a', options: [at(0, 0)] },
      { id: 'b', options: [at(10, 5), at(10, 20)] },
      { id: 'c', options: [at(200, 0)] },
    ]);
    expect(placed.get('a')).toEqual(at(0, 0));
    expect(placed.get('b')).toEqual(at(10, 20));
    expect(placed.get('c')).toEqual(at(200, 0));
  });

  it('keeps the first option when every option overlaps', () => {
    const box = { x: 0, y: 0, width: 40, height: 14 };
    const placed = placeLabels([
      { id: 'a', options: [box] },
      {
        id: 'b',
        options: [
          { ...box, x: 5 },
          { ...box, x: 10 },
        ],
      },
    ]);
    expect(placed.get('b')).toEqual({ ...box, x: 5 });
  });

  it('estimates longer names as wider', () => {
    expect(labelWidth('Kafr Nabuda (2)')).toBeGreaterThan(labelWidth('Hama'));
  });

  it('keeps names off the marks', () => {
    const mark = { x: 0, y: 0, width: 20, height: 20 };
    const placed = placeLabels(
      [
        {
          id: 'a',
          options: [
            { x: 10, y: 5, width: 40, height: 14 },
            { x: 30, y: 5, width: 40, height: 14 },
          ],
        },
      ],
      [mark],
    );
    expect(placed.get('a')?.x).toBe(30);
  });
});
