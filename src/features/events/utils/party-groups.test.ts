import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { partyGroups } from './party-groups';

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
