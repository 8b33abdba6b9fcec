import type { FuzzyDate } from '@/corpus/primitives';
import type { CompiledClaim, EventSummary } from '@/corpus/shards';
import { orderByTime } from './claim-order';
import { dayNumber } from './day-range';
import { byEventDate, eventRow } from './timeline-rows';
import { spanDates, visibleCounts } from './visible-counts';

const date = (value: string): FuzzyDate => ({
  value,
  precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
  basis: 'stated',
});

function claim(id: string, saidBy: string, saidOn: string, saidAfter?: string): CompiledClaim {
  return {
    id,
    question: 'why',
    saidBy,
    reportedBy: [],
    source: 'source',
    quote: id,
    stance: 'asserts',
    figures: [],
    saidOn: date(saidOn),
    event: 'jet',
    language: 'ar',
    quoteStart: 0,
    quoteEnd: 1,
    ...(saidAfter ? { saidAfter } : {}),
  };
}

const jet: EventSummary = {
  id: 'jet',
  title: { ar: 'طائرة', en: 'Jet' },
  summary: { ar: 'ملخص', en: 'Summary' },
  date: { from: date('2019-06-19') },
  places: [],
  topics: [],
  parties: ['opposition', 'media', 'base'],
  claimCount: 4,
  questionCount: 1,
  disputedQuestionCount: 0,
  shard: 'events/jet.0123456789abcdef.json',
};

// As in the L-39 event: both dated only to the month; the base answered the opposition.
const claims = [
  claim('opposition-says', 'opposition', '2019-06'),
  claim('base-answers', 'base', '2019-06', 'opposition-says'),
  claim('media-reports', 'media', '2019-06-20'),
  claim('base-earlier', 'base', '2019-05-30'),
];
const june = { first: dayNumber('2019-06-01'), last: dayNumber('2019-06-30') };

describe('orderByTime', () => {
  it('puts a claim after the one it answered when their dates cannot tell them apart', () => {
    const reversed = [...claims].reverse();
    expect(orderByTime(reversed).map((c) => c.id)).toEqual([
      'base-earlier',
      'opposition-says',
      'base-answers',
      'media-reports',
    ]);
  });

  it('lets a known date win over a chain that says otherwise', () => {
    const odd = [claim('a', 'x', '2019-06-02', 'b'), claim('b', 'y', '2019-06-05')];
    expect(orderByTime(odd).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('survives a cycle', () => {
    const cycle = [claim('a', 'x', '2019-06', 'b'), claim('b', 'y', '2019-06', 'a')];
    expect(orderByTime(cycle)).toHaveLength(2);
  });
});

describe('eventRow', () => {
  it('keeps claims in the span, one lane per party in first-claim order', () => {
    const row = eventRow(jet, claims, june);
    expect(row.marks.map((mark) => mark.claim.id)).toEqual([
      'opposition-says',
      'base-answers',
      'media-reports',
    ]);
    expect(row.lanes.map((lane) => lane.party)).toEqual(['opposition', 'media', 'base']);
    expect(row.extent?.start).toBeCloseTo(18 / 30);
  });

  it('names the claim a later one followed', () => {
    const answer = eventRow(jet, claims, june).marks.find((m) => m.claim.id === 'base-answers');
    expect(answer?.after?.saidBy).toBe('opposition');
  });

  it('draws only the chosen parties', () => {
    const row = eventRow(jet, claims, june, ['base']);
    expect(row.marks.map((mark) => mark.claim.id)).toEqual(['base-answers']);
    expect(row.marks[0]?.after?.id).toBe('opposition-says');
  });
});

describe('visibleCounts', () => {
  it('counts events and drawn claims', () => {
    const row = eventRow(jet, claims, june);
    expect(visibleCounts(1, [row])).toEqual({ events: 1, claims: 3 });
  });

  it('gives no claim count while an event is still loading', () => {
    expect(visibleCounts(2, [eventRow(jet, claims, june), undefined])).toEqual({
      events: 2,
      claims: undefined,
    });
  });
});

describe('spanDates', () => {
  const span = (from: string, to: string) => ({ first: dayNumber(from), last: dayNumber(to) });

  it('reads whole months as months and whole years as years', () => {
    expect(spanDates(span('2019-06-01', '2019-08-31'))).toEqual({
      from: date('2019-06'),
      to: date('2019-08'),
    });
    expect(spanDates(span('2019-01-01', '2019-12-31'))).toEqual({
      from: date('2019'),
      to: date('2019'),
    });
  });

  it('keeps days otherwise', () => {
    expect(spanDates(span('2019-04-01', '2020-01-23'))).toEqual({
      from: date('2019-04-01'),
      to: date('2020-01-23'),
    });
  });
});

describe('byEventDate', () => {
  it('sorts by the first day an event may cover', () => {
    const later = { ...jet, id: 'later', date: { from: date('2019-07') } };
    const earlier = { ...jet, id: 'earlier', date: { from: date('2019') } };
    expect(byEventDate([later, jet, earlier]).map((e) => e.id)).toEqual([
      'earlier',
      'jet',
      'later',
    ]);
  });
});
