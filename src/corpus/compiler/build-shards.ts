import { firstDayOf } from '../calendar';
import type { CorpusEvent } from '../schema';
import {
  SHARD_FORMAT_VERSION,
  type CompiledClaim,
  type CorpusIndex,
  type DirectoryShard,
  type EventShard,
  type EventSummary,
  type SearchShard,
  type SourceLocator,
  type SourceShard,
  type SourceSummary,
} from '../shards';
import { sourceLocatorBucket, sourceLocatorBucketCount } from '../source-locator';
import type { QuoteSpans } from './check-quotes';
import { buildDirectory } from './build-directory';
import { contentHash } from '../rules/content-hash';
import { searchShardTexts } from './event-search-text';
import type { LoadedCorpus, LoadedSource } from './loaded-corpus';
import { partiesOf } from '../rules/question-status';
import { eventDisputes, LISTED_DISPUTES, type EventDispute } from '../rules/event-disputes';

/** A shard as written: its data, the exact JSON, and a file name carrying the JSON's hash. */
export interface ShardFile<T> {
  path: string;
  data: T;
  json: string;
}

export interface BuiltCorpus {
  index: CorpusIndex;
  eventShards: ShardFile<EventShard>[];
  sourceShards: ShardFile<SourceShard>[];
  sourceLocatorShards: ShardFile<SourceLocator>[];
  searchShard: ShardFile<SearchShard>;
  directoryShard: ShardFile<DirectoryShard>;
}

/** Every shard file the index leads to, to write out or store. */
export function builtShardFiles(built: BuiltCorpus): ShardFile<unknown>[] {
  return [
    ...built.eventShards,
    ...built.sourceShards,
    ...built.sourceLocatorShards,
    built.searchShard,
    built.directoryShard,
  ];
}

function shardFile<T>(
  folder: 'events' | 'sources' | 'search' | 'locate' | 'directory',
  id: string,
  data: T,
): ShardFile<T> {
  const json = JSON.stringify(data);
  return { path: `${folder}/${id}.${contentHash(json)}.json`, data, json };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function compileClaims(
  event: CorpusEvent,
  sources: ReadonlyMap<string, LoadedSource>,
  spans: QuoteSpans,
): CompiledClaim[] {
  return event.claims.map((claim) => {
    const span = spans.claims.get(claim);
    const language = claim.language ?? sources.get(claim.source)?.value.language;
    if (!span || language === undefined) {
      throw new Error(`compiler bug: claim "${claim.id}" reached the build unchecked`);
    }
    return { ...claim, event: event.id, language, quoteStart: span.start, quoteEnd: span.end };
  });
}

/** `claims` are the claims quoting this source. */
function sourceShard(
  source: LoadedSource,
  claims: readonly CompiledClaim[],
  spans: QuoteSpans,
): SourceShard {
  // Rest destructuring, not delete: deleting keys leaves V8 objects slow to stringify.
  const { $schema, boilerplate, textFile, ...fields } = source.value;
  return {
    formatVersion: SHARD_FORMAT_VERSION,
    source: fields,
    text: source.text ?? '',
    boilerplate: boilerplate
      .flatMap((item) => {
        const span = spans.boilerplate.get(item);
        return span ? [{ kind: item.kind, ...span }] : [];
      })
      .sort((a, b) => a.start - b.start),
    quotes: claims
      .map((claim) => ({
        claim: claim.id,
        event: claim.event,
        start: claim.quoteStart,
        end: claim.quoteEnd,
        saidBy: claim.saidBy,
        stance: claim.stance,
      }))
      .sort((a, b) => a.start - b.start || (a.claim < b.claim ? -1 : 1)),
  };
}

function eventSummary(
  shard: ShardFile<EventShard>,
  disputes: readonly EventDispute[],
): EventSummary {
  const { event, claims } = shard.data;
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    places: event.places,
    topics: event.topics,
    parties: partiesOf(claims),
    claimCount: claims.length,
    questionCount: event.questions.length,
    // One dispute rule, run once per event: the count, the card's lines and the directory.
    disputedQuestionCount: disputes.length,
    disputes: disputes.slice(0, LISTED_DISPUTES),
    shard: shard.path,
  };
}

/**
 * The index lists sources without the seed file they were copied from (that stays in the
 * shard), but with where a reader can check them, for citations.
 */
function sourceSummary(shard: ShardFile<SourceShard>): SourceSummary {
  const { id, outlet, outletNote, title, titleTranslation, language, published } =
    shard.data.source;
  const { url, archivedUrl, retrieved, notRecorded } = shard.data.source;
  const summary: SourceSummary = { id, outlet, title, language, published, shard: shard.path };
  if (outletNote) summary.outletNote = outletNote;
  if (titleTranslation) summary.titleTranslation = titleTranslation;
  if (url !== undefined) summary.url = url;
  if (archivedUrl !== undefined) summary.archivedUrl = archivedUrl;
  if (retrieved !== undefined) summary.retrieved = retrieved;
  if (notRecorded !== undefined) summary.notRecorded = notRecorded;
  return summary;
}

/** Every source's summary, split into buckets so a source page fetches a few kilobytes. */
function sourceLocatorShards(summaries: readonly SourceSummary[]): ShardFile<SourceLocator>[] {
  const buckets = Array.from(
    { length: sourceLocatorBucketCount(summaries.length) },
    (): SourceSummary[] => [],
  );
  for (const summary of summaries) {
    buckets[sourceLocatorBucket(summary.id, buckets.length)]?.push(summary);
  }
  return buckets.map((sources, bucket) =>
    shardFile<SourceLocator>('locate', `sources-${String(bucket)}`, {
      formatVersion: SHARD_FORMAT_VERSION,
      sources,
    }),
  );
}

/** The static JSON the app fetches, from a corpus that passed every check. */
export function buildShards(corpus: LoadedCorpus, spans: QuoteSpans): BuiltCorpus {
  if (!corpus.meta) throw new Error('compiler bug: building a corpus without corpus.json');
  const sources = new Map(corpus.sources.map((source) => [source.value.id, source]));
  const events = corpus.events
    .flatMap((loaded) => (loaded.event ? [loaded.event] : []))
    .map((event) => ({ event, earliest: firstDayOf(event.date.from) }))
    .sort((a, b) =>
      a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : byId(a.event, b.event),
    )
    .map(({ event }) => event);

  const claimsBySource = new Map<string, CompiledClaim[]>();
  const compiled = events.map((event) => {
    const claims = compileClaims(event, sources, spans);
    for (const claim of claims) {
      const quoting = claimsBySource.get(claim.source);
      if (quoting) quoting.push(claim);
      else claimsBySource.set(claim.source, [claim]);
    }
    return { event, claims };
  });
  const sourceShards = [...sources.values()]
    .sort((a, b) => byId(a.value, b.value))
    .map((source) =>
      shardFile(
        'sources',
        source.value.id,
        sourceShard(source, claimsBySource.get(source.value.id) ?? [], spans),
      ),
    );
  const summaries = new Map(
    sourceShards.map((shard) => [shard.data.source.id, sourceSummary(shard)]),
  );

  const eventShards = compiled.map(({ event, claims }) => {
    const { id, title, summary, date, places, topics, questions, scopes } = event;
    const cited = [...new Set(claims.map((claim) => claim.source))].sort();
    const data: EventShard = {
      formatVersion: SHARD_FORMAT_VERSION,
      event: { id, title, summary, date, places, topics, questions, scopes },
      claims,
      sources: cited.flatMap((sourceId) => {
        const found = summaries.get(sourceId);
        return found ? [found] : [];
      }),
    };
    return shardFile('events', id, data);
  });

  // Quotes and translations are searchable without fetching every event shard.
  const searchShard = shardFile<SearchShard>('search', 'events', {
    formatVersion: SHARD_FORMAT_VERSION,
    ...searchShardTexts(
      corpus,
      eventShards.map(({ data }) => data),
    ),
  });
  const locatorShards = sourceLocatorShards([...summaries.values()]);
  const disputes = eventShards.map(({ data }) => eventDisputes(data));
  const directoryShard = shardFile(
    'directory',
    'corpus',
    buildDirectory(
      corpus.actors.items.map(({ value }) => value),
      compiled.map(({ claims }, position) => ({ claims, disputes: disputes[position] ?? [] })),
      [...summaries.values()],
    ),
  );

  const { $schema, ...meta } = corpus.meta.value;
  const items = <T>(registry: { items: { value: T }[] }) =>
    registry.items.map(({ value }) => value);
  const content: Omit<CorpusIndex, 'revision'> = {
    formatVersion: SHARD_FORMAT_VERSION,
    corpus: meta,
    sides: items(corpus.sides),
    actors: items(corpus.actors),
    places: items(corpus.places),
    topics: items(corpus.topics),
    metrics: items(corpus.metrics),
    events: eventShards.map((shard, position) => eventSummary(shard, disputes[position] ?? [])),
    sourceCount: sourceShards.length,
    sourceLocator: locatorShards.map((shard) => shard.path),
    search: searchShard.path,
    directory: directoryShard.path,
  };
  // index.json is the one file served under a name that does not change with its content.
  const index: CorpusIndex = { ...content, revision: contentHash(JSON.stringify(content)) };
  return {
    index,
    eventShards,
    sourceShards,
    sourceLocatorShards: locatorShards,
    searchShard,
    directoryShard,
  };
}
