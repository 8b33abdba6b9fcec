import type { CompiledClaim } from '@/corpus/shards';
import { barExtent, chartMaximum } from './bar-extent';
import { figureAllows } from './figure-allows';
import { figureCharts } from './figure-charts';

const day = { value: '2020-01-23', precision: 'day', basis: 'stated' } as const;

function claim(id: string, saidBy: string, figures: CompiledClaim['figures']): CompiledClaim {
  return {
    id,
    event: 'e',
    question: 'q',
    saidBy,
    reportedBy: [],
    source: 's',
    quote: 'x',
    language: 'ar',
    stance: 'asserts',
    figures,
    saidOn: day,
    quoteStart: 0,
    quoteEnd: 1,
  };
}

const killed = (scope: string, value: number, qualifier: 'up-to' | 'exact' | 'more-than') => ({
  metric: 'killed',
  scope,
  value,
  qualifier,
});

describe('figureCharts', () => {
  it('sets figures against each other only within one metric and scope', () => {
    const { charts } = figureCharts(
      [
        claim('a', 'mod', [killed('mod-count', 40, 'up-to')]),
        claim('b', 'nlf', [killed('mod-count', 0, 'exact')]),
        claim('c', 'sohr', [killed('sohr-count', 12, 'exact')]),
      ],
      ['mod', 'nlf', 'sohr'],
    );
    expect(charts.map((chart) => [chart.scope, chart.partyCount])).toEqual([
      ['mod-count', 2],
      ['sohr-count', 1],
    ]);
  });

  it('merges a figure one party repeats, keeping every claim to link', () => {
    const { charts } = figureCharts(
      [
        claim('a', 'mod', [killed('s', 40, 'up-to')]),
        claim('b', 'mod', [killed('s', 40, 'up-to')]),
      ],
      ['mod'],
    );
    expect(charts[0]?.bars).toEqual([
      { party: 'mod', value: 40, qualifier: 'up-to', claims: ['a', 'b'] },
    ]);
  });

  it('orders bars by column, leaves hidden parties out, lists vague figures apart', () => {
    const { charts, vague } = figureCharts(
      [
        claim('a', 'mod', [killed('s', 40, 'up-to')]),
        claim('b', 'nlf', [killed('s', 100, 'more-than')]),
        claim('c', 'tv', [killed('s', 7, 'exact')]),
        claim('d', 'nlf', [
          { metric: 'fled', scope: 's', vague: { word: 'عشرات', meaning: 'dozens' } },
        ]),
      ],
      ['nlf', 'mod'],
    );
    expect(charts[0]?.bars.map((bar) => bar.party)).toEqual(['nlf', 'mod']);
    expect(vague).toEqual([
      {
        party: 'nlf',
        claim: 'd',
        metric: 'fled',
        scope: 's',
        word: 'عشرات',
        language: 'ar',
        meaning: 'dozens',
      },
    ]);
  });
});

describe('barExtent', () => {
  it('draws "up to" as a span from zero to the value', () => {
    expect(barExtent(40, 'up-to', 100)).toEqual({
      value: 40,
      range: { from: 0, to: 40 },
      style: 'ceiling',
    });
  });

  it('leaves "more than" open to the chart edge', () => {
    expect(barExtent(100, 'more-than', 200)).toMatchObject({
      range: { from: 50, to: 100 },
      style: 'floor',
    });
  });

  it('gives "about" its ±20% whisker', () => {
    expect(barExtent(400, 'about', 1000).range).toEqual({ from: 32, to: 48 });
  });

  it('scales to the largest upper end, with room for open ends', () => {
    expect(chartMaximum([{ value: 40, qualifier: 'exact' }])).toBe(50);
    expect(chartMaximum([{ value: 100, qualifier: 'more-than' }])).toBe(125);
    expect(chartMaximum([{ value: 0, qualifier: 'exact' }])).toBe(1);
  });
});

describe('figureAllows', () => {
  it('says what each qualifier allows', () => {
    expect(figureAllows(40, 'up-to')).toEqual({ kind: 'range', from: 0, to: 40 });
    expect(figureAllows(400, 'about')).toEqual({ kind: 'range', from: 320, to: 480 });
    expect(figureAllows(100, 'more-than')).toEqual({ kind: 'above', from: 100 });
    expect(figureAllows(100, 'at-least')).toEqual({ kind: 'open', from: 100 });
    expect(figureAllows(10, 'fewer-than')).toEqual({ kind: 'below', to: 10 });
    expect(figureAllows(7, 'exact')).toEqual({ kind: 'exact', value: 7 });
  });
});
