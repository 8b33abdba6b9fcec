import { actorsParam, moveParty, toggleParty } from './party-order-change';

describe('moveParty', () => {
  it('moves a party one place earlier or later', () => {
    expect(moveParty(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveParty(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the order alone at either end or for an unknown id', () => {
    expect(moveParty(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(moveParty(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
    expect(moveParty(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });
});

describe('toggleParty', () => {
  it('hides a shown party and shows a hidden one at the end', () => {
    expect(toggleParty(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggleParty(['a', 'c'], 'b')).toEqual(['a', 'c', 'b']);
  });

  it('never hides the last visible party', () => {
    expect(toggleParty(['a'], 'a')).toEqual(['a']);
  });
});

describe('actorsParam', () => {
  it('drops the default from the URL', () => {
    expect(actorsParam(['a', 'b'], ['a', 'b'])).toBeUndefined();
  });

  it('keeps a reordered or shortened list', () => {
    expect(actorsParam(['b', 'a'], ['a', 'b'])).toEqual(['b', 'a']);
    expect(actorsParam(['a'], ['a', 'b'])).toEqual(['a']);
  });
});
