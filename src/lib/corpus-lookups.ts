import type { Actor, Place, Side, Topic } from '@/corpus/schema';
import type {
  CorpusIndex,
  EventShard,
  EventSummary,
  IndexMetric,
  SourceSummary,
} from '@/corpus/shards';

export interface CorpusLookups {
  actors: ReadonlyMap<string, Actor>;
  sides: ReadonlyMap<string, Side>;
  places: ReadonlyMap<string, Place>;
  topics: ReadonlyMap<string, Topic>;
  metrics: ReadonlyMap<string, IndexMetric>;
  events: ReadonlyMap<string, EventSummary>;
  /**
   * The sources cited by the event shards these lookups were made with: the
   * index lists none (see shards.ts), each event shard brings its own.
   */
  sources: ReadonlyMap<string, SourceSummary>;
  /** Position of each side in the corpus's own order, for grouping parties. */
  sideOrder: ReadonlyMap<string, number>;
  /** Position of each event in the index's order, for listing what a source or party touches. */
  eventOrder: ReadonlyMap<string, number>;
}

const cache = new WeakMap<CorpusIndex, CorpusLookups>();
const withShardCache = new WeakMap<CorpusLookups, WeakMap<EventShard, CorpusLookups>>();

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function positions(items: readonly { id: string }[]): ReadonlyMap<string, number> {
  return new Map(items.map((item, position) => [item.id, position]));
}

function indexLookups(index: CorpusIndex): CorpusLookups {
  const cached = cache.get(index);
  if (cached) return cached;
  const lookups: CorpusLookups = {
    actors: byId(index.actors),
    sides: byId(index.sides),
    places: byId(index.places),
    topics: byId(index.topics),
    metrics: byId(index.metrics),
    events: byId(index.events),
    sources: new Map(),
    sideOrder: positions(index.sides),
    eventOrder: positions(index.events),
  };
  cache.set(index, lookups);
  return lookups;
}

/**
 * Id → entity maps, built once per loaded index (and once per event shard)
 * rather than on every render. Pass the event shards on screen to look up
 * the sources their claims cite.
 */
export function corpusLookups(
  index: CorpusIndex,
  shards: readonly EventShard[] = [],
): CorpusLookups {
  const base = indexLookups(index);
  const [only, ...others] = shards;
  if (!only) return base;
  if (others.length === 0) return withShardSources(base, only);
  return { ...base, sources: byId(shards.flatMap((shard) => shard.sources)) };
}

/** These lookups, able to name the sources one event shard's claims cite. */
export function withShardSources(lookups: CorpusLookups, shard: EventShard): CorpusLookups {
  let byShard = withShardCache.get(lookups);
  if (!byShard) {
    byShard = new WeakMap();
    withShardCache.set(lookups, byShard);
  }
  const cached = byShard.get(shard);
  if (cached) return cached;
  const extended = { ...lookups, sources: byId(shard.sources) };
  byShard.set(shard, extended);
  return extended;
}
