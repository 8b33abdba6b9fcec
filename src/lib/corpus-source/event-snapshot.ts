import { z } from '@/corpus/zod';
import {
  corpusIndexSchema,
  eventShardSchema,
  type CorpusIndex,
  type EventShard,
} from '@/corpus/shards';

/**
 * One comparison that carries its own data: the index cut down to what the
 * event refers to, and the event's shard. Parsed with the corpus's own
 * schemas, because a link's fragment is written by whoever sent it.
 */
export const eventSnapshotSchema = z.strictObject({
  /** 2 since shard format 2 (sources travel in the event shard). */
  v: z.literal(2),
  index: corpusIndexSchema,
  shard: eventShardSchema,
});

export type EventSnapshot = z.infer<typeof eventSnapshotSchema>;

interface References {
  actors: Set<string>;
  sides: Set<string>;
  places: Set<string>;
  topics: Set<string>;
  metrics: Set<string>;
  sources: Set<string>;
}

/** Follows memberOf / within chains, so a party's affiliation and a place's region come along. */
function closure<T extends { id: string }>(
  start: Iterable<string>,
  items: ReadonlyMap<string, T>,
  parent: (item: T) => string | undefined,
): Set<string> {
  const found = new Set<string>();
  const queue = [...start];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    const item = items.get(id);
    const next = item ? parent(item) : undefined;
    if (next !== undefined) queue.push(next);
  }
  return found;
}

/** Everything in the index that the event's summary and claims point at. */
function referencesOf(index: CorpusIndex, shard: EventShard): References {
  const sourceIds = new Set(shard.claims.map((claim) => claim.source));
  const outlets = shard.sources.flatMap((source) =>
    sourceIds.has(source.id) && source.outlet !== null ? [source.outlet] : [],
  );
  const speakers = shard.claims.flatMap((claim) => [claim.saidBy, ...claim.reportedBy]);
  const actorsById = new Map(index.actors.map((actor) => [actor.id, actor]));
  const actors = closure([...speakers, ...outlets], actorsById, (actor) => actor.memberOf);
  const placesById = new Map(index.places.map((place) => [place.id, place]));
  const scopePlaces = shard.event.scopes.flatMap((scope) => (scope.place ? [scope.place] : []));
  return {
    actors,
    sides: new Set([...actors].flatMap((id) => actorsById.get(id)?.side ?? [])),
    places: closure([...shard.event.places, ...scopePlaces], placesById, (place) => place.within),
    topics: new Set(shard.event.topics),
    metrics: new Set(shard.claims.flatMap((claim) => claim.figures.map((figure) => figure.metric))),
    sources: sourceIds,
  };
}

/** The snapshot of one event of a loaded corpus; undefined when the index does not list it. */
export function createEventSnapshot(
  index: CorpusIndex,
  shard: EventShard,
): EventSnapshot | undefined {
  const summary = index.events.find((event) => event.id === shard.event.id);
  if (!summary) return undefined;
  const refs = referencesOf(index, shard);
  // The directory's counts are the whole corpus's, and its shard is not in the link.
  const { directory: _directory, ...carried } = index;
  return {
    v: 2,
    index: {
      ...carried,
      sides: index.sides.filter((side) => refs.sides.has(side.id)),
      actors: index.actors.filter((actor) => refs.actors.has(actor.id)),
      places: index.places.filter((place) => refs.places.has(place.id)),
      topics: index.topics.filter((topic) => refs.topics.has(topic.id)),
      metrics: index.metrics.filter((metric) => refs.metrics.has(metric.id)),
      events: [summary],
      sourceCount: refs.sources.size,
    },
    shard: { ...shard, sources: shard.sources.filter((source) => refs.sources.has(source.id)) },
  };
}

/** The shard's own cross-references, which the compiler checks for a real corpus. */
function shardProblem(shard: EventShard): string | undefined {
  const questions = new Set(shard.event.questions.map((question) => question.id));
  const scopes = new Set(shard.event.scopes.map((scope) => scope.id));
  const claims = new Set(shard.claims.map((claim) => claim.id));
  for (const claim of shard.claims) {
    if (!questions.has(claim.question)) return `claim "${claim.id}" answers no question here`;
    if (claim.saidAfter !== undefined && !claims.has(claim.saidAfter)) {
      return `claim "${claim.id}" follows a claim not here`;
    }
    if (claim.figures.some((figure) => !scopes.has(figure.scope))) {
      return `claim "${claim.id}" has a figure with an unknown scope`;
    }
  }
  return claims.size === shard.claims.length ? undefined : 'claim ids repeat';
}

/**
 * Why a parsed snapshot cannot be shown, or undefined when it can: exactly
 * one event, the one in the shard, and every id it points at present, so
 * the views meet the same guarantees the compiler gives a real corpus.
 */
export function snapshotProblem(snapshot: EventSnapshot): string | undefined {
  const { index, shard } = snapshot;
  const [summary, ...others] = index.events;
  if (!summary || others.length > 0) return 'a snapshot holds exactly one event';
  if (summary.id !== shard.event.id) return 'the event summary and its shard disagree';
  const internal = shardProblem(shard);
  if (internal) return internal;
  const refs = referencesOf(index, shard);
  const missing = (
    [
      ['actor', refs.actors, index.actors],
      ['side', refs.sides, index.sides],
      ['place', refs.places, index.places],
      ['topic', refs.topics, index.topics],
      ['metric', refs.metrics, index.metrics],
      ['source', refs.sources, shard.sources],
    ] as const
  ).flatMap(([kind, wanted, items]) => {
    const present = new Set(items.map((item) => item.id));
    return [...wanted].filter((id) => !present.has(id)).map((id) => `${kind} "${id}"`);
  });
  return missing.length > 0 ? `missing ${missing.slice(0, 3).join(', ')}` : undefined;
}
