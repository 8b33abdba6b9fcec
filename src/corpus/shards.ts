import { z } from './zod.ts';
import { SHARD_FORMAT_VERSION } from './format-version.ts';
import { dateRangeSchema, fuzzyDateSchema, localizedTextSchema, slugSchema } from './primitives.ts';
import {
  actorSchema,
  boilerplateKindSchema,
  claimSchema,
  corpusMetaSchema,
  metricSchema,
  placeSchema,
  questionSchema,
  scopeSchema,
  sideSchema,
  sourceFieldsSchema,
  topicSchema,
  wordingSchema,
} from './schema.ts';

/**
 * The static JSON the compiler emits and the app fetches. The index holds
 * only what the event list needs and names every other shard; shards carry
 * content hashes in their file names so hosts can cache them forever.
 *
 * Sources are not listed in the index: a newsroom's corpus has several per
 * event, and listing them all would make the first load grow with the
 * archive. Each event shard carries the summaries of the sources its claims
 * cite, and a source page finds its shard through a small locator bucket.
 */

export { SHARD_FORMAT_VERSION };

const shardPath = z
  .string()
  .regex(/^(events|sources|search|locate|directory)\/[a-z0-9-]+\.[a-f0-9]{8,}\.json$/);

export const eventSummarySchema = z.strictObject({
  id: slugSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  date: dateRangeSchema,
  places: z.array(slugSchema),
  topics: z.array(slugSchema),
  /** Actors who made claims in this event, in first-claim order. */
  parties: z.array(slugSchema),
  claimCount: z.int().nonnegative(),
  questionCount: z.int().nonnegative(),
  disputedQuestionCount: z.int().nonnegative(),
  /**
   * Each disputed question, in the event's order, with the parties whose accounts clash on it
   * (by the shared dispute rule), so a card can say what is disputed and between whom. Optional:
   * corpora compiled before it still open, their cards giving the count alone.
   */
  disputes: z
    .array(
      z.strictObject({
        question: slugSchema,
        title: localizedTextSchema,
        parties: z.array(slugSchema),
      }),
    )
    .optional(),
  shard: shardPath,
});

export const sourceSummarySchema = z.strictObject({
  id: slugSchema,
  outlet: slugSchema.nullable(),
  outletNote: localizedTextSchema.optional(),
  title: z.string(),
  titleTranslation: z.strictObject({ en: z.string() }).optional(),
  language: z.string(),
  published: fuzzyDateSchema,
  url: z.string().optional(),
  shard: shardPath,
});

/**
 * A metric as the index carries it. The unit is required in data/ but
 * optional here: corpora compiled before metrics had units, already imported
 * into a reader's browser or packed into a self-contained link, still open,
 * their figures shown without a unit rather than refused.
 */
export const indexMetricSchema = metricSchema.extend({ unit: localizedTextSchema.optional() });

export const corpusIndexSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  corpus: corpusMetaSchema.omit({ $schema: true }),
  sides: z.array(sideSchema),
  actors: z.array(actorSchema),
  places: z.array(placeSchema),
  topics: z.array(topicSchema),
  metrics: z.array(indexMetricSchema),
  events: z.array(eventSummarySchema),
  sourceCount: z.int().nonnegative(),
  /** Every source's summary, split into buckets by `sourceLocatorBucket`; fetched one at a time. */
  sourceLocator: z.array(shardPath).min(1),
  /** Everything searchable per event, quotes included; loaded only when a reader searches. */
  search: shardPath,
  /**
   * Every party's and every source's counts, for the /actors and /sources indexes; fetched only
   * there. Optional: corpora compiled before the indexes existed still open, without them.
   */
  directory: shardPath.optional(),
});

/**
 * A claim as an event shard carries it. `wording` is required in data/ but
 * optional here: corpora compiled before claims said how their words reached
 * us, already imported or packed into a self-contained link, still open and
 * show nothing for it rather than being refused.
 */
export const compiledClaimSchema = claimSchema.extend({
  wording: wordingSchema.optional(),
  event: slugSchema,
  /** The quote's language, resolved from the source when not given. */
  language: z.string(),
  /** UTF-16 offsets of the quote in its source's text as received. */
  quoteStart: z.int().nonnegative(),
  quoteEnd: z.int().nonnegative(),
});

export const eventShardSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  event: z.strictObject({
    id: slugSchema,
    title: localizedTextSchema,
    summary: localizedTextSchema,
    date: dateRangeSchema,
    places: z.array(slugSchema),
    topics: z.array(slugSchema),
    questions: z.array(questionSchema),
    scopes: z.array(scopeSchema),
  }),
  claims: z.array(compiledClaimSchema),
  /** The sources these claims cite, sorted by id. */
  sources: z.array(sourceSummarySchema),
});

export const sourceShardSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  source: sourceFieldsSchema.omit({
    $schema: true,
    boilerplate: true,
    textFile: true,
  }),
  text: z.string(),
  boilerplate: z.array(
    z.strictObject({
      kind: boilerplateKindSchema,
      start: z.int().nonnegative(),
      end: z.int().nonnegative(),
    }),
  ),
  quotes: z.array(
    z.strictObject({
      claim: slugSchema,
      event: slugSchema,
      start: z.int().nonnegative(),
      end: z.int().nonnegative(),
    }),
  ),
});

export const sourceLocatorSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  /** The summaries (with shard paths) of the sources whose ids fall in this bucket, by id. */
  sources: z.array(sourceSummarySchema),
});

export const searchShardSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  /**
   * Event id → every word search looks through (titles, summaries, names of its
   * parties, places and topics, quotes, translations), prepared and distinct.
   */
  texts: z.record(slugSchema, z.string()),
});

/** A party's weight in the corpus, as the /actors index shows it. */
export const actorCountsSchema = z.strictObject({
  id: slugSchema,
  /** Claims it made. */
  claims: z.int().nonnegative(),
  /** Events in which it made a claim. */
  events: z.int().nonnegative(),
  /** Questions on which another party's account contradicts its own (the shared dispute rule). */
  contestedQuestions: z.int().nonnegative(),
});

export const directoryShardSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  /** Every party of the corpus, by id, including those that made no claim (counts of 0). */
  actors: z.array(actorCountsSchema),
  /** Every source, by id, with how many claims and events cite it. */
  sources: z.array(
    sourceSummarySchema.extend({
      claims: z.int().nonnegative(),
      events: z.int().nonnegative(),
    }),
  ),
});

export type EventSummary = z.infer<typeof eventSummarySchema>;
export type SourceSummary = z.infer<typeof sourceSummarySchema>;
export type CorpusIndex = z.infer<typeof corpusIndexSchema>;
export type IndexMetric = z.infer<typeof indexMetricSchema>;
export type CompiledClaim = z.infer<typeof compiledClaimSchema>;
export type EventShard = z.infer<typeof eventShardSchema>;
export type SourceShard = z.infer<typeof sourceShardSchema>;
export type SearchShard = z.infer<typeof searchShardSchema>;
export type SourceLocator = z.infer<typeof sourceLocatorSchema>;
export type ActorCounts = z.infer<typeof actorCountsSchema>;
export type DirectoryShard = z.infer<typeof directoryShardSchema>;
