import actorsFile from '../../data/actors.json';
import { actorsFileSchema, type Actor } from '@/corpus/schema';
import { searchTokens } from '@/corpus/search/search-text';
import { partyMatches } from './party-search';

// The real registry: the aliases readers search for are the corpus's own.
const actors = actorsFileSchema.parse(actorsFile).actors;
const found = (query: string) =>
  actors.filter((actor) => partyMatches(actor, searchTokens(query))).map((actor) => actor.id);

const party = (name: { en: string; ar: string }, aliases: Partial<Actor['aliases']> = {}) =>
  ({
    id: 'party',
    name,
    aliases: { ar: [], en: [], ...aliases },
    kind: 'armed-group',
    side: 'opposition',
  }) satisfies Actor;

describe('partyMatches', () => {
  it('finds the Tiger Forces by their English name and their Arabic one', () => {
    expect(found('Tiger')).toEqual(['tiger-forces']);
    expect(found('النمر')).toEqual(['tiger-forces']);
  });

  it('finds a party by an alias, in either language', () => {
    expect(found('HTS')).toEqual(['hayat-tahrir-al-sham']);
    expect(found('جبهة تحرير الشام')).toEqual(['hayat-tahrir-al-sham']);
    expect(found('Moscow')).toEqual(['russia']);
    expect(found('الاحتلال الروسي')).toContain('russia');
  });

  it('does not match inside a word: "HTS" is not in "Rights"', () => {
    expect(found('HTS')).not.toContain('sohr');
    expect(found('ights')).toEqual([]);
    expect(found('rights')).toEqual(['sohr', 'snhr']);
  });

  it('matches the start of a word, so a reader can stop typing early', () => {
    expect(found('tig')).toEqual(['tiger-forces']);
    expect(found('hmei')).toEqual(['hmeimim-base']);
  });

  it('folds hamza, alef, ta marbuta and diacritics on both sides', () => {
    const army = party(
      { en: 'Syrian government forces', ar: 'القوات الحكومية' },
      { ar: ['قوات الأسد'] },
    );
    expect(partyMatches(army, searchTokens('قوات الاسد'))).toBe(true);
    expect(partyMatches(army, searchTokens('الحكوميه'))).toBe(true);
    expect(partyMatches(army, searchTokens('القُوّات'))).toBe(true);
    expect(partyMatches(army, searchTokens('كومية'))).toBe(false);
  });

  it('lets an Arabic word be found without its article', () => {
    expect(found('نمر')).toEqual(['tiger-forces']);
    expect(found('مرصد')).toEqual(['sohr']);
  });

  it('needs every word of the query, each at a word start', () => {
    expect(found('syrian observatory')).toEqual(['sohr']);
    expect(found('syrian tiger')).toEqual([]);
  });

  it('matches every party when the query is empty', () => {
    expect(found('')).toHaveLength(actors.length);
    expect(found('   ')).toHaveLength(actors.length);
  });
});
