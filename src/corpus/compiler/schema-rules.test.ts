import { describe, expect, it } from 'vitest';
import { compileErrors, minimalCorpus, type CorpusFixture } from './corpus-fixture';

/** Each rule of the zod schema that is more than a type, broken once, with its exact message. */

const EVENT = 'data/events/tal-milh-attack.json';
const SOURCE = 'data/sources/mada-tal-milh.json';

function eventOf(fixture: CorpusFixture) {
  const event = fixture.events[0];
  if (!event) throw new Error('fixture has no event');
  return event;
}

function claimOf(fixture: CorpusFixture, id: string) {
  const claim = eventOf(fixture).claims.find((each) => each.id === id);
  if (!claim) throw new Error(`fixture has no claim ${id}`);
  return claim;
}

describe('dates', () => {
  it('needs a note on any date that is not stated', () => {
    const fixture = minimalCorpus();
    eventOf(fixture).date = { from: { value: '2019-06-20', precision: 'day', basis: 'computed' } };
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.date.from.note',
        message: 'a computed date needs a note saying how it was obtained',
      },
    ]);
  });

  it('refuses an inferred date at day precision', () => {
    const fixture = minimalCorpus();
    eventOf(fixture).date = {
      from: { value: '2019-06-20', precision: 'day', basis: 'inferred', note: 'a guess' },
    };
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.date.from.precision',
        message:
          'an inferred date is "month" or "year" precision: a day needs a "stated", "computed" or "external" basis',
      },
    ]);
  });

  it('accepts an inferred month', () => {
    const fixture = minimalCorpus();
    eventOf(fixture).date = {
      from: { value: '2019-06', precision: 'month', basis: 'inferred', note: 'nearing June' },
    };
    expect(compileErrors(fixture)).toEqual([]);
  });
});

describe('figures', () => {
  it('is a value or vague, not both', () => {
    const fixture = minimalCorpus();
    const [figure] = claimOf(fixture, 'izza-killed').figures ?? [];
    if (!figure) throw new Error('fixture figure missing');
    figure.vague = { word: 'عشرات', meaning: 'dozens' };
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].figures[0].vague',
        message: 'a figure is either a value or vague, not both',
      },
    ]);
  });

  it('needs a value or vague', () => {
    const fixture = minimalCorpus();
    claimOf(fixture, 'izza-fled').figures = [{ metric: 'fled', scope: 'tal-milh-assault' }];
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.claims[3].figures[0].value',
        message: 'a figure needs a value, or vague with the word used',
      },
    ]);
  });

  it('needs a qualifier with a value', () => {
    const fixture = minimalCorpus();
    claimOf(fixture, 'izza-killed').figures = [
      { metric: 'killed', scope: 'tal-milh-assault', value: 100 },
    ];
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].figures[0].qualifier',
        message: 'a figure with a value needs a qualifier (exact, about, up-to, more-than, ...)',
      },
    ]);
  });
});

describe('metrics', () => {
  it('needs a unit, in both languages', () => {
    const fixture = minimalCorpus();
    const [killed, wounded] = fixture.metrics;
    if (!killed || !wounded) throw new Error('fixture metrics missing');
    delete (killed as { unit?: unknown }).unit;
    wounded.unit = { ar: 'أشخاص', en: ' ' };
    expect(compileErrors(fixture)).toEqual([
      { file: 'data/metrics.json', path: '$.metrics[0].unit', message: 'missing required field' },
      {
        file: 'data/metrics.json',
        path: '$.metrics[1].unit.en',
        message: 'English text must not be empty',
      },
    ]);
  });
});

describe('sources', () => {
  it('needs an outletNote when no outlet is named', () => {
    const fixture = minimalCorpus();
    const source = fixture.sources[0];
    if (!source) throw new Error('fixture source missing');
    source.json.outlet = null;
    expect(compileErrors(fixture)).toEqual([
      {
        file: SOURCE,
        path: '$.outletNote',
        message: 'a source with no named outlet needs an outletNote saying so',
      },
    ]);
  });
});

describe('"$schema"', () => {
  it('is required in every data file, named as it should be', () => {
    const fixture = minimalCorpus();
    delete eventOf(fixture).$schema;
    delete fixture.meta.$schema;
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/corpus.json',
        path: '$',
        message: 'missing "$schema": should be "./schema/corpus.schema.json"',
      },
      {
        file: EVENT,
        path: '$',
        message: 'missing "$schema": should be "../schema/event.schema.json"',
      },
    ]);
  });
});

describe('claims: how the words reached us, and the gist', () => {
  it('needs a wording on every claim, one of three', () => {
    const fixture = minimalCorpus();
    delete (claimOf(fixture, 'izza-killed') as { wording?: unknown }).wording;
    (claimOf(fixture, 'izza-wounded') as { wording: unknown }).wording = 'paraphrase';
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].wording',
        message: 'a claim needs a wording: own-words, reported-speech or outlet-account',
      },
      {
        file: EVENT,
        path: '$.claims[1].wording',
        message: 'wording must be one of own-words, reported-speech, outlet-account',
      },
    ]);
  });

  it('keeps a gist short, in both languages', () => {
    const fixture = minimalCorpus();
    claimOf(fixture, 'izza-killed').gist = {
      en: 'more than one hundred of the forces and the militias loyal to them lost',
      ar: ' ',
    };
    expect(compileErrors(fixture)).toEqual([
      { file: EVENT, path: '$.claims[0].gist.ar', message: 'the Arabic gist must not be empty' },
      {
        file: EVENT,
        path: '$.claims[0].gist.en',
        message: 'a gist is a short position, at most 60 characters',
      },
    ]);
  });
});
