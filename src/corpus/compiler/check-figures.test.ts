import { describe, expect, it } from 'vitest';
import type { Figure } from '../schema';
import { compileErrors, minimalCorpus } from './corpus-fixture';

const EVENT = 'data/events/tal-milh-attack.json';

function withFigure(claimIndex: number, figure: Figure) {
  const fixture = minimalCorpus();
  const claim = fixture.events[0]?.claims[claimIndex];
  if (!claim) throw new Error('fixture claim missing');
  claim.figures = [figure];
  return compileErrors(fixture);
}

describe('checkFigures', () => {
  it('reports a value the quote does not state, listing the numbers it does', () => {
    const fixture = minimalCorpus();
    const claim = fixture.events[0]?.claims[0];
    if (!claim) throw new Error('fixture claim missing');
    claim.quote = 'خسر أكثر من 100 من قواته، فضلاً عن جر  ح\nأكثر من 200 آخرين';
    claim.figures = [
      { metric: 'killed', scope: 'tal-milh-assault', value: 40, qualifier: 'exact' },
    ];
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].figures[0].value',
        message: 'figure value 40 does not appear in the quote (numbers found: 100, 200)',
      },
    ]);
  });

  it('compares whole numbers exactly: 1000000001 in the quote is not 1000000000', () => {
    const fixture = minimalCorpus();
    const claim = fixture.events[0]?.claims[0];
    if (!claim) throw new Error('fixture claim missing');
    claim.quote = 'خسر 1000000001 من قواته';
    claim.figures = [
      { metric: 'killed', scope: 'tal-milh-assault', value: 1_000_000_000, qualifier: 'exact' },
    ];
    expect(compileErrors(fixture)).toContainEqual(
      expect.objectContaining({
        path: '$.claims[0].figures[0].value',
        message: 'figure value 1000000000 does not appear in the quote (numbers found: 1000000001)',
      }),
    );
  });

  it('refuses a figure above 2^53, where 9007199254740993 in a quote reads as ...992', () => {
    expect(
      withFigure(0, {
        metric: 'killed',
        scope: 'tal-milh-assault',
        value: 2 ** 53,
        qualifier: 'exact',
      }),
    ).toContainEqual(
      expect.objectContaining({
        path: '$.claims[0].figures[0].value',
        message: 'a figure value above 9007199254740991 (2^53 − 1) cannot be checked exactly',
      }),
    );
  });

  it('never turns a vague word into a number', () => {
    expect(
      withFigure(3, { metric: 'fled', scope: 'tal-milh-assault', value: 100, qualifier: 'about' }),
    ).toEqual([
      {
        file: EVENT,
        path: '$.claims[3].figures[0].value',
        message: 'figure value 100 does not appear in the quote (numbers found: none)',
      },
    ]);
  });

  it("needs a vague figure's word in the quote", () => {
    expect(
      withFigure(3, {
        metric: 'fled',
        scope: 'tal-milh-assault',
        vague: { word: 'عشرات', meaning: 'dozens' },
      }),
    ).toEqual([
      {
        file: EVENT,
        path: '$.claims[3].figures[0].vague.word',
        message: 'vague word "عشرات" does not appear in the quote',
      },
    ]);
  });

  it('reads numbers written in words', () => {
    const fixture = minimalCorpus();
    const [source] = fixture.sources;
    const claim = fixture.events[0]?.claims[0];
    if (!source || !claim) throw new Error('fixture parts missing');
    source.text += '\nوقال مصدر إن ثلاثة وعشرين عنصراً قتلوا.';
    claim.quote = 'ثلاثة وعشرين عنصراً قتلوا';
    claim.figures = [
      { metric: 'killed', scope: 'tal-milh-assault', value: 23, qualifier: 'exact' },
    ];
    expect(compileErrors(fixture)).toEqual([]);
  });
});
