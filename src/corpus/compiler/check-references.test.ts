import { describe, expect, it } from 'vitest';
import { compileErrors, minimalCorpus } from './corpus-fixture';

const label = { ar: 'س', en: 'X' };

describe('checkReferences', () => {
  it('reports unknown sides, actors and places in the registries', () => {
    const fixture = minimalCorpus();
    fixture.actors.push({
      id: 'x',
      name: label,
      kind: 'person',
      side: 'nowhere',
      memberOf: 'nobody',
    });
    fixture.places.push({ id: 'y', name: label, kind: 'town', within: 'atlantis' });
    expect(compileErrors(fixture)).toEqual([
      { file: 'data/actors.json', path: '$.actors[3].side', message: 'unknown side "nowhere"' },
      { file: 'data/actors.json', path: '$.actors[3].memberOf', message: 'unknown actor "nobody"' },
      { file: 'data/places.json', path: '$.places[3].within', message: 'unknown place "atlantis"' },
    ]);
  });

  it('reports a memberOf or within cycle once, from its first member', () => {
    const fixture = minimalCorpus();
    fixture.actors.push(
      { id: 'a', name: label, kind: 'person', side: 'media', memberOf: 'b' },
      { id: 'b', name: label, kind: 'person', side: 'media', memberOf: 'a' },
      { id: 'c', name: label, kind: 'person', side: 'media', memberOf: 'a' },
    );
    const syria = fixture.places.find((place) => place.id === 'syria');
    if (syria) syria.within = 'tal-milh';
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/actors.json',
        path: '$.actors[3].memberOf',
        message: 'memberOf forms a cycle: a → b → a',
      },
      {
        file: 'data/places.json',
        path: '$.places[0].within',
        message: 'within forms a cycle: syria → tal-milh → hama → syria',
      },
    ]);
  });

  it("reports a source's unknown outlet and missing text file", () => {
    const fixture = minimalCorpus();
    const [source] = fixture.sources;
    if (!source) throw new Error('fixture source missing');
    source.json.outlet = 'unknown-tv';
    fixture.omit.push('data/sources/mada-tal-milh.txt');
    const errors = compileErrors(fixture);
    expect(errors).toContainEqual({
      file: 'data/sources/mada-tal-milh.json',
      path: '$.outlet',
      message: 'unknown actor "unknown-tv"',
    });
    expect(errors).toContainEqual({
      file: 'data/sources/mada-tal-milh.json',
      path: '$.textFile',
      message: 'text file "mada-tal-milh.txt" not found (data/sources/mada-tal-milh.txt)',
    });
  });

  it("reports an event's unknown places, topics and scope places", () => {
    const fixture = minimalCorpus();
    const [event] = fixture.events;
    if (!event) throw new Error('fixture event missing');
    event.places = ['tal-milh', 'atlantis'];
    event.topics = ['weather'];
    event.scopes = [{ id: 'tal-milh-assault', label, place: 'el-dorado' }];
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/events/tal-milh-attack.json',
        path: '$.places[1]',
        message: 'unknown place "atlantis"',
      },
      {
        file: 'data/events/tal-milh-attack.json',
        path: '$.topics[0]',
        message: 'unknown topic "weather"',
      },
      {
        file: 'data/events/tal-milh-attack.json',
        path: '$.scopes[0].place',
        message: 'unknown place "el-dorado"',
      },
    ]);
  });
});
