import { describe, expect, it } from 'vitest';
import { formatCorpusError } from '../../src/corpus/rules/corpus-error';
import { corpusIndexSchema, eventShardSchema, sourceShardSchema } from '../../src/corpus/shards';
import { compileCorpusDir } from './compile-corpus-dir';

describe('the corpus in data/', () => {
  it('compiles with no problems into shards the app can parse', async () => {
    const result = await compileCorpusDir('data');
    if (!result.ok) expect.fail(result.errors.map(formatCorpusError).join('\n'));
    corpusIndexSchema.parse(result.index);
    for (const shard of result.eventShards) eventShardSchema.parse(JSON.parse(shard.json));
    for (const shard of result.sourceShards) {
      const source = sourceShardSchema.parse(JSON.parse(shard.json));
      for (const quote of source.quotes) expect(quote.end).toBeGreaterThan(quote.start);
    }
  });
});
