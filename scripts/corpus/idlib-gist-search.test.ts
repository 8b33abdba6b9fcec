import { beforeAll, describe, expect, it } from 'vitest';
import { matchesSearch, searchTokens } from '../../src/corpus/search/search-text';
import { compileCorpusDir } from './compile-corpus-dir';

/** The search shard of data/, as the app receives it: event id → prepared words. */
let texts: Record<string, string>;
beforeAll(async () => {
  const result = await compileCorpusDir('data');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  texts = result.searchShard.data.texts;
});

const found = (query: string) =>
  Object.entries(texts)
    .filter(([, text]) => matchesSearch(text, searchTokens(query)))
    .map(([id]) => id);

describe('searching the gists', () => {
  // Each word below is in no quote, translation, title, summary or name: only in a gist.
  it('finds the L-39 landing by a word of its gists', () => {
    expect(found('downed')).toEqual(['l39-landing-hama-airport-2019-06']);
  });

  it('finds the disputed attack and the Astana round by words of their gists', () => {
    expect(found('abandoned')).toEqual(['disputed-attack-southeast-idlib-2020-01']);
    expect(found('monitoring')).toEqual(['astana-13-ceasefire-2019-08']);
  });

  it('finds an event by the Arabic of a gist', () => {
    expect(found('مجهزون بدبابات')).toEqual(['disputed-attack-southeast-idlib-2020-01']);
  });
});
