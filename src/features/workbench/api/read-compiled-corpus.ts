import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import type { CompiledCorpus } from '../utils/draft-from-compiled';

const shards = () => import('@/corpus/shards');

/**
 * Every shard of a corpus (bundled or imported), read through its source like any view reads
 * it, to copy the corpus into a draft.
 */
export async function readCompiledCorpus(source: CorpusSource): Promise<CompiledCorpus> {
  const index = await source.read('index.json', () => shards().then((s) => s.corpusIndexSchema));
  const eventSchema = () => shards().then((s) => s.eventShardSchema);
  const sourceSchema = () => shards().then((s) => s.sourceShardSchema);
  const locatorSchema = () => shards().then((s) => s.sourceLocatorSchema);
  const [events, locators] = await Promise.all([
    Promise.all(index.events.map((event) => source.read(event.shard, eventSchema))),
    Promise.all(index.sourceLocator.map((path) => source.read(path, locatorSchema))),
  ]);
  const sources = await Promise.all(
    locators.flatMap((locator) => locator.sources.map((s) => source.read(s.shard, sourceSchema))),
  );
  return { index, events, sources };
}
