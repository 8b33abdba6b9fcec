import { parseActorSearch } from './actor-search';

describe('parseActorSearch', () => {
  it('keeps "this party only" and the language', () => {
    expect(parseActorSearch({ members: 'exclude', lang: 'ar' })).toEqual({
      members: 'exclude',
      lang: 'ar',
    });
  });

  it('writes nothing for the default, with its members', () => {
    expect(parseActorSearch({})).toEqual({});
    expect(parseActorSearch({ members: 'include' })).toEqual({});
  });

  it('drops a malformed value instead of throwing', () => {
    expect(parseActorSearch({ members: ['exclude'], lang: 'fr' })).toEqual({});
    expect(parseActorSearch({ members: 1 })).toEqual({});
  });
});
