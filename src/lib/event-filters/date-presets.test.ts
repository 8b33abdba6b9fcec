import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { corpusDayRange, datePresets } from './date-presets';

describe('datePresets', () => {
  it('offers every year the events touch, with the months they start or end in', () => {
    const presets = datePresets(corpusIndexFixture.events);
    expect(presets.map((preset) => preset.year)).toEqual(['2019', '2020']);
    expect(presets[0]?.months.map((month) => month.month)).toEqual(['2019-06', '2019-12']);
    expect(presets[1]?.months.map((month) => month.month)).toEqual(['2020-01']);
  });

  it('gives each preset its first and last day', () => {
    const [first] = datePresets(corpusIndexFixture.events);
    expect(first).toMatchObject({ from: '2019-01-01', to: '2019-12-31' });
    expect(first?.months[0]).toEqual({ month: '2019-06', from: '2019-06-01', to: '2019-06-30' });
  });

  it('has no presets for an empty corpus', () => {
    expect(datePresets([])).toEqual([]);
  });
});

describe('corpusDayRange', () => {
  it('spans the earliest to the latest day an event may cover', () => {
    expect(corpusDayRange(corpusIndexFixture.events)).toEqual({
      min: '2019-06-01',
      max: '2020-12-31',
    });
    expect(corpusDayRange([])).toBeUndefined();
  });
});
