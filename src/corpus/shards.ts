import { z } from './zod.ts';
import { SHARD_FORMAT_VERSION } from './format-version.ts';
import { SEARCH_FIELDS } from './search/search-fields.ts';
import { compiledPlaceGeoSchema } from './place-geo-schema.ts';
import {
  dateRangeSchema,
  fuzzyDateSchema,
  languageCodeSchema,
  localizedTextSchema,
  slugSchema,
  webAddressSchema,
} from './primitives.ts';
import {
  actorSchema,
  boilerplateKindSchema,
  claimSchema,
  corpusMetaSchema,
  metricSchema,
  placeSchema,
  questionSchema,
  retrievedDaySchema,
  scopeSchema,
  sideSchema,
  sourceFieldsSchema,
  stanceSchema,
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
  language: languageCodeSchema,
  published: fuzzyDateSchema,
  url: webAddressSchema('url').optional(),
  /** Provenance for citations. Optional: summaries compiled before them still open. */
  archivedUrl: webAddressSchema('archivedUrl').optional(),
  retrieved: retrievedDaySchema.optional(),
  notRecorded: localizedTextSchema.optional(),
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
  /** Places as in data/; a geometry's basis compiled as one string (before it was bilingual) still opens. */
  places: z.array(placeSchema.extend({ geo: compiledPlaceGeoSchema.optional() })),
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
  /**
   * A hash of everything else in the index, written by the compiler: index.json keeps its name
   * from one build to the next, so a page built with one index can tell it has been handed
   * another. Optional: corpora compiled before it existed still open.
   */
  revision: z.string().optional(),
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
  language: languageCodeSchema,
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
      /**
       * Who made the claim and its stance, so the text can name and colour each quote without
       * the event shards. Optional: source shards compiled before them still open.
       */
      saidBy: slugSchema.optional(),
      stance: stanceSchema.optional(),
    }),
  ),
});

export const sourceLocatorSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  /** The summaries (with shard paths) of the sources whose ids fall in this bucket, by id. */
  sources: z.array(sourceSummarySchema),
});

/** Where a run of an event's search words comes from (SEARCH_FIELDS). */
export const searchFieldSchema = z.enum(SEARCH_FIELDS);

/**
 * Where the runs of an event's search words come from, as one string: runs separated by spaces,
 * each `length:field` or `length:field:party`, e.g. `442:event-ar 462:event-en 36:party:0`.
 * `length` counts the UTF-16 units the run adds to the event's text (the space before its first
 * word included); runs follow each other from the text's start. `party` is the position, in the
 * event's `parties` in the index, of the party whose names, quotes, translations or gists these
 * are. A string rather than objects: at 10,000 events this is a sixth of the shard, and parsing
 * 165,000 small objects cost the first search 0.4 s; a string is checked in one pass and read
 * only for the cards on screen.
 */
export const searchSegmentsSchema = z
  .string()
  .regex(/^(?:\d+:[a-z-]+(?::\d+)?(?: (?=\d)|$))*$/, { error: 'not a list of search runs' });

export const searchShardSchema = z.strictObject({
  formatVersion: z.literal(SHARD_FORMAT_VERSION),
  /**
   * Event id → every word search looks through (titles, summaries, names of its
   * parties, places and topics, quotes, translations), prepared and distinct.
   */
  texts: z.record(slugSchema, z.string()),
  /**
   * Event id → where its text's words come from, run by run in the text's order (a word only
   * once, where it is first met: title and summary, names, then quotes, translations, gists), so
   * a card can say where a search matched. Optional: shards compiled before it still search,
   * their cards not saying where.
   */
  segments: z.record(slugSchema, searchSegmentsSchema).optional(),
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
export type { SearchField } from './search/search-fields.ts';
export type SourceLocator = z.infer<typeof sourceLocatorSchema>;
export type ActorCounts = z.infer<typeof actorCountsSchema>;
export type DirectoryShard = z.infer<typeof directoryShardSchema>;
