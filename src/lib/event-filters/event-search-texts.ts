import type { CorpusIndex, SearchShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { prepareSearchText } from '@/lib/arabic-normalize';

const cache = new WeakMap<CorpusIndex, ReadonlyMap<string, string>>();

/**
 * What the search box looks through for each event, prepared once per index:
 * titles and summaries, and the names (with aliases) of its parties, places
 * and topics in both languages, so "قوات الأسد" finds the Syrian army's events.
 */
export function eventSearchTexts(
  index: CorpusIndex,
  lookups: CorpusLookups,
): ReadonlyMap<string, string> {
  const cached = cache.get(index);
  if (cached) return cached;
  const texts = new Map<string, string>();
  for (const event of index.events) {
    const parts = [event.title.ar, event.title.en, event.summary.ar, event.summary.en];
    for (const id of event.parties) {
      const actor = lookups.actors.get(id);
      if (actor) parts.push(actor.name.ar, actor.name.en, ...actor.aliases.ar, ...actor.aliases.en);
    }
    for (const id of event.places) {
      const place = lookups.places.get(id);
      if (place) parts.push(place.name.ar, place.name.en, ...place.aliases.ar, ...place.aliases.en);
    }
    for (const id of event.topics) {
      const topic = lookups.topics.get(id);
      if (topic) parts.push(topic.label.ar, topic.label.en);
    }
    texts.set(event.id, prepareSearchText(parts.join('\n')));
  }
  cache.set(index, texts);
  return texts;
}

const withQuotesCache = new WeakMap<
  SearchShard,
  WeakMap<ReadonlyMap<string, string>, Map<string, string>>
>();

/** Adds each event's quotes and translations (already prepared by the compiler) to its search text. */
export function withQuoteTexts(
  base: ReadonlyMap<string, string>,
  quotes: SearchShard,
): ReadonlyMap<string, string> {
  let byBase = withQuotesCache.get(quotes);
  if (!byBase) {
    byBase = new WeakMap();
    withQuotesCache.set(quotes, byBase);
  }
  const cached = byBase.get(base);
  if (cached) return cached;
  const merged = new Map(base);
  for (const [eventId, text] of Object.entries(quotes.texts)) {
    merged.set(eventId, `${merged.get(eventId) ?? ''}\n${text}`);
  }
  byBase.set(base, merged);
  return merged;
}
