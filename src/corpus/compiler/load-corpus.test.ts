import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compile-corpus';
import { compileErrors, fixtureFiles, minimalCorpus, type CorpusFixture } from './corpus-fixture';

const EVENT = 'data/events/tal-milh-attack.json';

function withFile(path: string, text: string): CorpusFixture {
  const fixture = minimalCorpus();
  fixture.extra.push({ path, text });
  return fixture;
}

function eventOf(fixture: CorpusFixture) {
  const event = fixture.events[0];
  if (!event) throw new Error('fixture has no event');
  return event;
}

describe('schema problems', () => {
  it('reports a date without a basis at its JSON path', () => {
    const fixture = minimalCorpus();
    eventOf(fixture).date = { from: { value: '2019-06-20', precision: 'day' } } as never;
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.date.from.basis',
        message: 'a date needs a basis: "stated", "computed", "external" or "inferred"',
      },
    ]);
  });

  it('reports a day-precision date that does not exist', () => {
    const fixture = minimalCorpus();
    eventOf(fixture).date.from.value = '2019-02-30';
    expect(compileErrors(fixture)).toContainEqual({
      file: EVENT,
      path: '$.date.from.value',
      message: '"2019-02-30" is not a real calendar date',
    });
  });

  it('names unknown and missing fields plainly', () => {
    const fixture = minimalCorpus();
    const claim = eventOf(fixture).claims[0] as unknown as Record<string, unknown>;
    claim.speaker = 'x';
    delete claim.quote;
    expect(compileErrors(fixture)).toEqual([
      { file: EVENT, path: '$.claims[0].quote', message: 'missing required field' },
      { file: EVENT, path: '$.claims[0].speaker', message: 'unknown field "speaker"' },
    ]);
  });

  it('keeps checking the valid claims of an event that has an invalid one', () => {
    const fixture = minimalCorpus();
    const [first, second] = eventOf(fixture).claims;
    if (!first || !second) throw new Error('fixture claims missing');
    first.stance = 'claims' as never;
    second.saidBy = 'nobody';
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].stance',
        message:
          'stance must be one of asserts, denies, alternative-explanation, counter-figure, casts-doubt, silent',
      },
      { file: EVENT, path: '$.claims[1].saidBy', message: 'unknown actor "nobody"' },
    ]);
  });

  it('does not call a broken actor "unknown" wherever it is referenced', () => {
    const fixture = minimalCorpus();
    const actor = fixture.actors.find((each) => each.id === 'jaish-al-izza');
    if (actor) actor.kind = 'militia' as never;
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/actors.json',
        path: '$.actors[1].kind',
        message:
          'kind must be one of state-body, armed-forces, armed-group, monitor, media-outlet, intergovernmental-body, person',
      },
    ]);
  });
});

describe('files', () => {
  it('reports each missing required file by name', () => {
    const fixture = minimalCorpus();
    fixture.omit.push('data/actors.json', 'data/metrics.json');
    const errors = compileErrors(fixture);
    expect(errors).toContainEqual({
      file: 'data/actors.json',
      path: '$',
      message: 'missing required file',
    });
    expect(errors).toContainEqual({
      file: 'data/metrics.json',
      path: '$',
      message: 'missing required file',
    });
  });

  it('reports unknown files, and accepts README.md and schema/', () => {
    const fixture = withFile('data/notes.json', '{}');
    fixture.extra.push(
      { path: 'data/README.md', text: '# corpus' },
      { path: 'data/schema/event.schema.json', text: '{}' },
      { path: 'data/events/draft/x.json', text: '{}' },
    );
    const errors = compileErrors(fixture);
    expect(errors.map((error) => error.file)).toEqual([
      'data/events/draft/x.json',
      'data/notes.json',
    ]);
    expect(errors[0]?.message).toMatch(/^unexpected file: a corpus folder holds corpus\.json/);
  });

  it('reports a text file no source refers to', () => {
    expect(compileErrors(withFile('data/sources/orphan.txt', 'نص'))).toEqual([
      {
        file: 'data/sources/orphan.txt',
        path: '$',
        message: 'text file not referenced by any source (textFile)',
      },
    ]);
  });

  it('reports a "$schema" that points at the wrong schema', () => {
    const fixture = minimalCorpus();
    eventOf(fixture).$schema = '../schema/source.schema.json';
    expect(compileErrors(fixture)).toEqual([
      {
        file: EVENT,
        path: '$.$schema',
        message: '"$schema" should be "../schema/event.schema.json"',
      },
    ]);
  });

  it('reports invalid JSON with its line and column', () => {
    expect(
      compileErrors(withFile('data/topics.json', '{\n  "topics": [\n    { "id": "x", }\n  ]\n}')),
    ).toEqual([
      {
        file: 'data/topics.json',
        path: '$',
        message:
          "invalid JSON at line 3, column 18: a trailing comma before '}' is not allowed in JSON",
      },
    ]);
  });

  it('rejects a "__proto__" key without polluting Object.prototype', () => {
    const fixture = minimalCorpus();
    const [file] = fixtureFiles(fixture).filter((each) => each.path === EVENT);
    if (!file) throw new Error('fixture event missing');
    const text = file.text.replace(
      '"id": "izza-killed"',
      '"__proto__": { "polluted": true }, "id": "izza-killed"',
    );
    fixture.extra.push({ path: EVENT, text });
    expect(compileErrors(fixture)).toEqual([
      { file: EVENT, path: '$.claims[0].__proto__', message: 'the key "__proto__" is not allowed' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('compiles a corpus with no events and no sources', () => {
    const fixture = minimalCorpus();
    fixture.events = [];
    fixture.sources = [];
    const result = compileCorpus(fixtureFiles(fixture));
    expect(result.ok && result.index.events).toEqual([]);
  });
});
