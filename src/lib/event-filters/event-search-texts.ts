import type { CorpusIndex, SearchShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { labelSearchText, namesSearchText } from '@/corpus/search/search-words';
import { defaultEventSearchText } from './filter-events';

const cache = new WeakMap<CorpusIndex, ReadonlyMap<string, string>>();

/**
 * What the search box looks through for each event until the search shard
 * arrives: titles and summaries, and the names (with aliases) of its parties,
 * places and topics in both languages, so "قوات الأسد" finds the Syrian army's
 * events. Each name is prepared once, not once per event that mentions it.
 */
export function eventSearchTexts(
  index: CorpusIndex,
  lookups: CorpusLookups,
): ReadonlyMap<string, string> {
  const cached = cache.get(index);
  if (cached) return cached;
  const prepared = new Map<string, string>();
  const named = <T>(
    kind: string,
    id: string,
    items: ReadonlyMap<string, T>,
    prepare: (item: T) => string,
  ) => {
    const key = `${kind}:${id}`;
    let text = prepared.get(key);
    if (text === undefined) {
      const item = items.get(id);
      text = item === undefined ? '' : prepare(item);
      prepared.set(key, text);
    }
    return text;
  };
  const texts = new Map<string, string>();
  for (const event of index.events) {
    texts.set(
      event.id,
      [
        defaultEventSearchText(event),
        ...event.parties.map((id) => named('actor', id, lookups.actors, namesSearchText)),
        ...event.places.map((id) => named('place', id, lookups.places, namesSearchText)),
        ...event.topics.map((id) => named('topic', id, lookups.topics, labelSearchText)),
      ].join('\n'),
    );
  }
  cache.set(index, texts);
  return texts;
}

const shardTexts = new WeakMap<SearchShard, ReadonlyMap<string, string>>();

/**
 * The search shard's texts: each already holds everything the fallback does
 * and the quotes and translations besides, so they replace it outright.
 */
export function searchShardTexts(shard: SearchShard): ReadonlyMap<string, string> {
  let texts = shardTexts.get(shard);
  if (!texts) {
    texts = new Map(Object.entries(shard.texts));
    shardTexts.set(shard, texts);
  }
  return texts;
}
