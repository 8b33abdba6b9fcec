import { z } from './zod.ts';
import { localizedTextSchema, schemaPointerSchema, slugSchema } from './primitives.ts';
import { placeGeoSchema } from './place-geo-schema.ts';

/**
 * corpus.json and the lists events and sources refer to by id: sides,
 * actors, places, topics and metrics, each with its file's schema.
 */

const localizedListSchema = z.strictObject({
  ar: z.array(z.string().trim().min(1)).default([]),
  en: z.array(z.string().trim().min(1)).default([]),
});

export const corpusMetaSchema = z.strictObject({
  $schema: schemaPointerSchema,
  id: slugSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
});

export const sideSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /**
   * The group of voices whose alignment the texts do not show. Its parties are
   * listed under it, but they never make a question consistent across sides:
   * an unknown voice repeating one side's account confirms nothing.
   */
  unknownAlignment: z.literal(true).optional(),
});

export const actorKindSchema = z.enum(
  [
    'state-body',
    'armed-forces',
    'armed-group',
    'monitor',
    'media-outlet',
    'intergovernmental-body',
    'person',
  ],
  {
    error:
      'kind must be one of state-body, armed-forces, armed-group, monitor, media-outlet, intergovernmental-body, person',
  },
);

export const actorSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  aliases: localizedListSchema.default({ ar: [], en: [] }),
  kind: actorKindSchema,
  /** The body this actor belongs to: a spokesman to his group, a base to its army. */
  memberOf: slugSchema.optional(),
  side: slugSchema,
  description: localizedTextSchema.optional(),
});

export const placeKindSchema = z.enum([
  'country',
  'governorate',
  'region',
  'city',
  'town',
  'village',
  'site',
]);

export const placeSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  aliases: localizedListSchema.default({ ar: [], en: [] }),
  kind: placeKindSchema,
  within: slugSchema.optional(),
  /** Optional: a corpus without coordinates still compiles; its places are listed as unmapped. */
  geo: placeGeoSchema.optional(),
});

export const topicSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
});

export const metricSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
  /**
   * What one of the metric's figures counts ("people", "air strikes", "days"),
   * shown beside every figure. Words, not an enum: a newsroom's corpus brings
   * its own units without a change to the app.
   */
  unit: localizedTextSchema,
});

export const sidesFileSchema = z.strictObject({
  $schema: schemaPointerSchema,
  sides: z.array(sideSchema),
});
export const actorsFileSchema = z.strictObject({
  $schema: schemaPointerSchema,
  actors: z.array(actorSchema),
});
export const placesFileSchema = z.strictObject({
  $schema: schemaPointerSchema,
  places: z.array(placeSchema),
});
export const topicsFileSchema = z.strictObject({
  $schema: schemaPointerSchema,
  topics: z.array(topicSchema),
});
export const metricsFileSchema = z.strictObject({
  $schema: schemaPointerSchema,
  metrics: z.array(metricSchema),
});

export type CorpusMeta = z.infer<typeof corpusMetaSchema>;
export type Side = z.infer<typeof sideSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = z.infer<typeof actorKindSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Metric = z.infer<typeof metricSchema>;
