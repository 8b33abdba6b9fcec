import { describe, expect, it } from 'vitest';
import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { defaultPartyOrder, orderParties } from './party-order';

const lookups = corpusLookups(corpusIndexFixture);
const said = (...ids: string[]) => ids.map((saidBy) => ({ saidBy }));

describe('defaultPartyOrder', () => {
  it('groups the parties by side in the corpus’s order, then by first claim, each once', () => {
    // sohr (monitors) and hts (opposition) speak first; the government's parties lead anyway.
    const claims = said('sohr', 'hts', 'syrian-army', 'russian-mod', 'hts', 'syrian-army');
    expect(defaultPartyOrder(claims, lookups)).toEqual([
      'syrian-army',
      'russian-mod',
      'hts',
      'sohr',
    ]);
  });

  it('puts a party the corpus does not know last', () => {
    expect(defaultPartyOrder(said('ghost', 'hts'), lookups)).toEqual(['hts', 'ghost']);
  });
});

describe('orderParties', () => {
  const all = ['syrian-army', 'hts', 'sohr'];

  it('shows every party in the default order when the URL names none', () => {
    const order = orderParties(all, undefined);
    expect(order).toEqual({ shown: all, hidden: [], unknown: [] });
    expect(order.shown).not.toBe(all);
  });

  it('follows the URL’s order, hides the rest and reports ids with no claim here', () => {
    expect(orderParties(all, ['sohr', 'nobody', 'syrian-army'])).toEqual({
      shown: ['sohr', 'syrian-army'],
      hidden: ['hts'],
      unknown: ['nobody'],
    });
  });

  it('falls back to everyone when none of the URL’s parties spoke here', () => {
    expect(orderParties(all, ['nobody'])).toEqual({
      shown: all,
      hidden: [],
      unknown: ['nobody'],
    });
  });
});
