import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import { fixtureFiles, minimalCorpus } from '@/corpus/compiler/corpus-fixture';
import { builtShardFiles } from '@/corpus/compiler/build-shards';
import { eventShardSchema } from '@/corpus/shards';
import { builtCorpusSource } from './built-source';

function built() {
  const result = compileCorpus(fixtureFiles(minimalCorpus()), { root: 'data' });
  if (!result.ok) throw new Error('the fixture compiles');
  return result;
}

describe('builtCorpusSource', () => {
  it('reads the index and every shard the compile built, from memory', async () => {
    const corpus = built();
    const source = builtCorpusSource(corpus, '7');
    expect(await source.read('index.json', eventShardSchema)).toBe(corpus.index);
    const files = builtShardFiles(corpus);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files)
      expect(await source.read(file.path, eventShardSchema)).toBe(file.data);
  });

  it('is keyed by its compile, so two compiles never share a cache entry', () => {
    const corpus = built();
    expect(builtCorpusSource(corpus, '7').key).not.toBe(builtCorpusSource(corpus, '8').key);
    expect(builtCorpusSource(corpus, '7')).toMatchObject({ kind: 'draft', key: 'draft:7' });
  });

  it('refuses a path the compile did not build', async () => {
    await expect(
      builtCorpusSource(built(), '1').read('events/x.json', eventShardSchema),
    ).rejects.toThrow('not part of this draft');
  });
});
