import { dayNumber } from './day-range';
import { extentOf } from './timeline-extent';
import { axisTicks } from './timeline-ticks';
import { visibleSpan } from './timeline-span';

const span = (from: string, to: string) => ({ first: dayNumber(from), last: dayNumber(to) });
const corpus = { min: '2019-04-01', max: '2020-01-23' };

describe('visibleSpan', () => {
  it('is the whole corpus when no dates are chosen', () => {
    expect(visibleSpan({}, corpus)).toEqual(span('2019-04-01', '2020-01-23'));
  });

  it('follows the from/to filters, filling an open end from the corpus', () => {
    expect(visibleSpan({ from: '2019-06-01', to: '2019-06-30' }, corpus)).toEqual(
      span('2019-06-01', '2019-06-30'),
    );
    expect(visibleSpan({ from: '2019-08-01' }, corpus)).toEqual(span('2019-08-01', '2020-01-23'));
  });

  it('swaps reversed ends as the event filter does', () => {
    expect(visibleSpan({ from: '2019-06-30', to: '2019-06-01' }, corpus)).toEqual(
      span('2019-06-01', '2019-06-30'),
    );
  });

  it('never reaches beyond the corpus’s dates, however far the URL asks', () => {
    expect(visibleSpan({ to: '9999-12-31' }, corpus)).toEqual(span('2019-04-01', '2020-01-23'));
    expect(visibleSpan({ from: '0002-01-01', to: '2019-06-30' }, corpus)).toEqual(
      span('2019-04-01', '2019-06-30'),
    );
  });

  it('never ends before it starts, and is undefined for an empty corpus', () => {
    expect(visibleSpan({ from: '2021-05-01' }, corpus)).toEqual(span('2021-05-01', '2021-05-01'));
    expect(visibleSpan({}, undefined)).toBeUndefined();
  });
});

describe('extentOf', () => {
  const june = span('2019-06-01', '2019-06-30');

  it('places a day as one thirtieth of June, at its own position', () => {
    const extent = extentOf(span('2019-06-16', '2019-06-16'), june);
    expect(extent?.start).toBeCloseTo(15 / 30);
    expect(extent?.size).toBeCloseTo(1 / 30);
  });

  it('spans the whole axis for a month-precision date in that month', () => {
    expect(extentOf(span('2019-06-01', '2019-06-30'), june)).toEqual({
      start: 0,
      size: 1,
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('clips a year-precision date to the visible span and says so', () => {
    const extent = extentOf(span('2019-01-01', '2019-12-31'), june);
    expect(extent).toMatchObject({ start: 0, size: 1, cutBefore: true, cutAfter: true });
  });

  it('leaves out what falls outside', () => {
    expect(extentOf(span('2019-07-01', '2019-07-31'), june)).toBeUndefined();
  });
});

describe('axisTicks', () => {
  it('ticks weekly across a month', () => {
    const ticks = axisTicks(span('2019-06-01', '2019-06-30'));
    expect(ticks.map((tick) => tick.date.value)).toEqual([
      '2019-06-01',
      '2019-06-08',
      '2019-06-15',
      '2019-06-22',
      '2019-06-29',
    ]);
  });

  it('ticks monthly across the corpus, at month precision', () => {
    const ticks = axisTicks(span('2019-04-01', '2020-01-23'));
    expect(ticks).toHaveLength(10);
    expect(ticks[0]?.date).toEqual({ value: '2019-04', precision: 'month', basis: 'stated' });
  });

  it('ticks round years, twenty at most, across any span', () => {
    const ticks = axisTicks(span('0002-01-01', '9999-12-31'));
    expect(ticks.length).toBeLessThanOrEqual(20);
    expect(ticks[0]?.date.value).toBe('0500');
    expect(ticks.at(-1)?.date.value).toBe('9500');
    expect(axisTicks(span('1961-06-01', '2020-12-31')).map((tick) => tick.date.value)).toEqual([
      '1965',
      '1970',
      '1975',
      '1980',
      '1985',
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
    ]);
  });

  it('ticks yearly across a decade', () => {
    expect(axisTicks(span('2011-03-15', '2020-12-31')).map((tick) => tick.date.value)).toEqual([
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
  });
});
