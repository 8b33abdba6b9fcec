import { quotesByEvent } from './quotes-by-event';

const quote = (claim: string, event: string, start: number) => ({
  claim,
  event,
  start,
  end: start + 5,
});

describe('quotesByEvent', () => {
  it("groups by event in the corpus's order, an unknown event last, quotes in text order", () => {
    const groups = quotesByEvent(
      [
        quote('c', 'later', 5),
        quote('x', 'unknown', 0),
        quote('b', 'earlier', 40),
        quote('a', 'earlier', 10),
      ],
      new Map([
        ['earlier', 0],
        ['later', 1],
      ]),
    );
    expect(groups.map((group) => [group.event, group.quotes.map((q) => q.claim)])).toEqual([
      ['earlier', ['a', 'b']],
      ['later', ['c']],
      ['unknown', ['x']],
    ]);
  });
});
