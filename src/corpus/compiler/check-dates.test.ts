import { describe, expect, it } from 'vitest';
import { firstDayOf, lastDayOf } from '../calendar';
import type { FuzzyDate } from '../primitives';
import { isCertainlyAfter } from './check-dates';
import { compileErrors, minimalCorpus } from './corpus-fixture';

const EVENT = 'data/events/tal-milh-attack.json';
const day = (value: string): FuzzyDate => ({ value, precision: 'day', basis: 'stated' });
const month = (value: string): FuzzyDate => ({ value, precision: 'month', basis: 'stated' });
const year = (value: string): FuzzyDate => ({ value, precision: 'year', basis: 'stated' });

describe('fuzzy-date bounds and isCertainlyAfter', () => {
  it('spans the days a fuzzy date may mean', () => {
    const bounds = (date: FuzzyDate) => [firstDayOf(date), lastDayOf(date)];
    expect(bounds(month('2020-02'))).toEqual(['2020-02-01', '2020-02-29']);
    expect(bounds(year('2019'))).toEqual(['2019-01-01', '2019-12-31']);
  });

  it('says "after" only when every reading agrees', () => {
    expect(isCertainlyAfter(day('2020-03-01'), month('2020-02'))).toBe(true);
    expect(isCertainlyAfter(day('2020-02-29'), month('2020-02'))).toBe(false);
    expect(isCertainlyAfter(month('2020-02'), day('2020-02-10'))).toBe(false);
  });
});

describe('checkDates', () => {
  it('reports a claim said after its source was published', () => {
    const fixture = minimalCorpus();
    const claim = fixture.events[0]?.claims[1];
    if (!claim) throw new Error('fixture claim missing');
    claim.saidOn = day('2019-06-22');
    expect(compileErrors(fixture)).toEqual([
      { file: EVENT, path: '$.claims[1].saidOn', message: 'said after the source was published' },
    ]);
    claim.saidOn = month('2019-06');
    expect(compileErrors(fixture)).toEqual([]);
  });

  it('reports ranges that end before they start', () => {
    const fixture = minimalCorpus();
    const [event] = fixture.events;
    if (!event) throw new Error('fixture event missing');
    event.date = { from: day('2019-06-20'), to: day('2019-06-19') };
    event.scopes = [
      {
        id: 'tal-milh-assault',
        label: { ar: 'هجوم', en: 'Assault' },
        period: { from: year('2020'), to: month('2019-12') },
      },
    ];
    expect(compileErrors(fixture)).toEqual([
      { file: EVENT, path: '$.date.to', message: 'date.to is before date.from' },
      { file: EVENT, path: '$.scopes[0].period.to', message: 'period.to is before period.from' },
    ]);
  });
});
