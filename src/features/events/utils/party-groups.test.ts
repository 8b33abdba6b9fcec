import { searchTokens } from '@/corpus/search/search-text';
import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { partyGroups, partyMatches } from './party-groups';

const groups = partyGroups(corpusIndexFixture, corpusLookups(corpusIndexFixture));

describe('partyGroups', () => {
  it('groups the actors who made claims by side, in corpus order', () => {
    expect(groups.map((group) => [group.side.id, group.parties.map((p) => p.id)])).toEqual([
      ['government', ['russian-mod', 'syrian-army']],
      ['opposition', ['hts']],
      ['monitors', ['sohr']],
    ]);
  });
});

describe('partyMatches', () => {
  const army = groups[0]?.parties[1];

  it('matches names and aliases in either language, folded', () => {
    if (!army) throw new Error('fixture changed');
    expect(partyMatches(army, searchTokens('army'))).toBe(true);
    expect(partyMatches(army, searchTokens('الجيش'))).toBe(true);
    expect(partyMatches(army, searchTokens('قوات الاسد'))).toBe(true);
    expect(partyMatches(army, searchTokens('tahrir'))).toBe(false);
    expect(partyMatches(army, searchTokens(''))).toBe(true);
  });
});
