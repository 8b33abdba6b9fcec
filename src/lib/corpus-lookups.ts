import type { Actor, Metric, Place, Side, Topic } from '@/corpus/schema';
import type { CorpusIndex, EventSummary, SourceSummary } from '@/corpus/shards';

export interface CorpusLookups {
  actors: ReadonlyMap<string, Actor>;
  sides: ReadonlyMap<string, Side>;
  places: ReadonlyMap<string, Place>;
  topics: ReadonlyMap<string, Topic>;
  metrics: ReadonlyMap<string, Metric>;
  events: ReadonlyMap<string, EventSummary>;
  sources: ReadonlyMap<string, SourceSummary>;
  /** Position of each side in the corpus's own order, for grouping parties. */
  sideOrder: ReadonlyMap<string, number>;
}

const cache = new WeakMap<CorpusIndex, CorpusLookups>();

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Id → entity maps, built once per loaded index rather than on every render. */
export function corpusLookups(index: CorpusIndex): CorpusLookups {
  const cached = cache.get(index);
  if (cached) return cached;
  const lookups: CorpusLookups = {
    actors: byId(index.actors),
    sides: byId(index.sides),
    places: byId(index.places),
    topics: byId(index.topics),
    metrics: byId(index.metrics),
    events: byId(index.events),
    sources: byId(index.sources),
    sideOrder: new Map(index.sides.map((side, position) => [side.id, position])),
  };
  cache.set(index, lookups);
  return lookups;
}
