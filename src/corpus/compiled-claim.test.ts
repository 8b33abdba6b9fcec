import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compiler/compile-corpus';
import { fixtureFiles, minimalCorpus } from './compiler/corpus-fixture';
import { eventShardSchema } from './shards';

/** The event shard is also what self-contained links and imported corpora store. */
function compiledShard() {
  const result = compileCorpus(fixtureFiles(minimalCorpus()));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const [shard] = result.eventShards;
  if (!shard) throw new Error('the fixture compiled no event');
  return shard.data;
}

describe('claims in a compiled event shard', () => {
  it('carry the wording and gist data/ gives them', () => {
    const shard = eventShardSchema.parse(compiledShard());
    const byId = new Map(shard.claims.map((claim) => [claim.id, claim]));
    expect(byId.get('izza-killed')?.wording).toBe('reported-speech');
    expect(byId.get('izza-fled')?.wording).toBe('outlet-account');
    expect(byId.get('army-denies')?.gist).toEqual({ en: 'no losses', ar: 'لا خسائر' });
    expect(byId.get('izza-fled')?.gist).toBeUndefined();
  });

  it('still open without a wording or a gist: a link made before they existed opens', () => {
    const shard = compiledShard();
    const older = {
      ...shard,
      claims: shard.claims.map(({ wording: _wording, gist: _gist, ...claim }) => claim),
    };
    const parsed = eventShardSchema.parse(older);
    expect(parsed.claims.map((claim) => [claim.wording, claim.gist])).toEqual(
      shard.claims.map(() => [undefined, undefined]),
    );
  });

  it('refuse a wording that is not one of the three', () => {
    const shard = compiledShard();
    const [first, ...rest] = shard.claims;
    if (!first) throw new Error('the fixture has no claim');
    const broken = { ...shard, claims: [{ ...first, wording: 'hearsay' }, ...rest] };
    const result = eventShardSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['claims', 0, 'wording']);
  });
});
