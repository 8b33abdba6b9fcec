import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import { fixtureFiles, minimalCorpus } from '@/corpus/compiler/corpus-fixture';
import { builtShardFiles, type BuiltCorpus } from '@/corpus/compiler/build-shards';
import type { CompiledCorpusFiles } from './imported-corpus';

/** Test support: the compiler's small valid corpus, compiled, plus the files an import stores. */
export function compiledFixture(): BuiltCorpus & CompiledCorpusFiles {
  const result = compileCorpus(fixtureFiles(minimalCorpus()));
  if (!result.ok) throw new Error('the minimal fixture no longer compiles');
  return {
    ...result,
    files: [
      { path: 'index.json', json: JSON.stringify(result.index) },
      ...builtShardFiles(result).map(({ path, json }) => ({ path, json })),
    ],
  };
}
