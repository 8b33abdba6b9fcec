import { segmentText } from './segment-text';

describe('segmentText', () => {
  it('returns the whole text as one segment when nothing is marked', () => {
    expect(segmentText(10, [], [])).toEqual([
      { start: 0, end: 10, quotes: [], boilerplate: false, quoteStarts: [], quoteEnds: [] },
    ]);
  });

  it('splits overlapping quotes without losing either', () => {
    const segments = segmentText(
      20,
      [
        { start: 2, end: 10 },
        { start: 6, end: 14 },
      ],
      [],
    );
    expect(segments.map((segment) => [segment.start, segment.end, segment.quotes])).toEqual([
      [0, 2, []],
      [2, 6, [0]],
      [6, 10, [0, 1]],
      [10, 14, [1]],
      [14, 20, []],
    ]);
    expect(segments[1]?.quoteStarts).toEqual([0]);
    expect(segments[3]?.quoteEnds).toEqual([1]);
  });

  it('marks boilerplate and clamps spans to the text', () => {
    const segments = segmentText(8, [], [{ start: 5, end: 99 }]);
    expect(segments.at(-1)).toMatchObject({ start: 5, end: 8, boilerplate: true });
  });
});
