import type { CorpusIndex } from '@/corpus/shards';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { chosenSpeakers } from './chosen-speakers';
import { filterableIds } from './filterable-ids';
import { filterOptions } from './filter-options';
import { corpusLookups } from '@/lib/corpus-lookups';

const actor = (id: string, memberOf?: string) => ({
  id,
  name: { en: id, ar: id },
  aliases: { en: [], ar: [] },
  kind: 'state-body' as const,
  side: 'government',
  ...(memberOf ? { memberOf } : {}),
});
// Russia ⊃ the ministry (which speaks) ⊃ the base (which does not).
const index: CorpusIndex = {
  ...corpusIndexFixture,
  actors: [
    ...corpusIndexFixture.actors.map((each) =>
      each.id === 'russian-mod' ? { ...each, memberOf: 'russia' } : each,
    ),
    actor('russia'),
    actor('hmeimim', 'russian-mod'),
  ],
  places: [
    ...corpusIndexFixture.places.map((place) =>
      place.id === 'idlib' ? { ...place, within: 'syria' } : place,
    ),
    {
      id: 'syria',
      name: { en: 'Syria', ar: 'سوريا' },
      aliases: { en: [], ar: [] },
      kind: 'country',
    },
  ],
};

describe('filterableIds', () => {
  it('offers the parties that spoke and those they belong to, not silent members', () => {
    const { actors } = filterableIds(index);
    expect([...actors].sort()).toEqual(['hts', 'russia', 'russian-mod', 'sohr', 'syrian-army']);
  });

  it('offers the places events name and those they lie within', () => {
    expect([...filterableIds(index).places].sort()).toEqual([
      'idlib',
      'khan-shaykhun',
      'saraqib',
      'syria',
    ]);
  });
});

describe('filterOptions', () => {
  it('lists places as a tree, alphabetical among siblings, in the reader’s language', () => {
    const { places } = filterOptions(index, corpusLookups(index), 'en');
    expect(places.map((place) => `${'  '.repeat(place.depth)}${place.label}`)).toEqual([
      'Khan Shaykhun',
      'Syria',
      '  Idlib',
      '    Saraqib',
    ]);
    expect(filterOptions(index, corpusLookups(index), 'ar').topics.map((t) => t.label)).toEqual([
      'طائرات',
      'قصف',
      'نزوح',
    ]);
  });
});

describe('chosenSpeakers', () => {
  it('is every party when none is chosen', () => {
    expect(chosenSpeakers({}, index.actors)).toBeUndefined();
  });

  it('brings each chosen party’s members, at any depth, unless they are excluded', () => {
    expect(chosenSpeakers({ actors: ['russia', 'sohr'] }, index.actors)).toEqual([
      'russia',
      'russian-mod',
      'hmeimim',
      'sohr',
    ]);
    expect(
      chosenSpeakers({ actors: ['russia', 'sohr'], members: 'exclude' }, index.actors),
    ).toEqual(['russia', 'sohr']);
  });
});
