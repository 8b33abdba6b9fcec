import { z } from 'zod';
import {
  dateRangeSchema,
  englishTextSchema,
  fuzzyDateSchema,
  languageCodeSchema,
  localizedTextSchema,
  slugSchema,
} from './primitives';

/**
 * The corpus as people edit it under data/. This is the single definition:
 * the compiler validates with it, the app parses shards built from it, and
 * data/schema/*.schema.json is generated from it for editors.
 */

const schemaPointer = z.string().optional();

const localizedListSchema = z.strictObject({
  ar: z.array(z.string().trim().min(1)).default([]),
  en: z.array(z.string().trim().min(1)).default([]),
});

export const corpusMetaSchema = z.strictObject({
  $schema: schemaPointer,
  id: slugSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
});

export const sideSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
  description: localizedTextSchema.optional(),
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
});

export const topicSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
});

export const metricSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
});

export const boilerplateKindSchema = z.enum([
  'share-buttons',
  'read-also',
  'comments',
  'navigation',
  'caption',
  'tags',
  'signature',
  'other',
]);

export const boilerplateSchema = z.strictObject({
  /** A verbatim span of the text, located by the compiler like a quote. */
  text: z.string().min(1),
  occurrence: z.int().min(1).optional(),
  kind: boilerplateKindSchema,
});

export const sourceFieldsSchema = z.strictObject({
  $schema: schemaPointer,
  id: slugSchema,
  /** The outlet that published the text; null when the text names none. */
  outlet: slugSchema.nullable(),
  outletNote: localizedTextSchema.optional(),
  title: z.string().trim().min(1),
  titleTranslation: z.strictObject({ en: englishTextSchema }).optional(),
  language: languageCodeSchema,
  published: fuzzyDateSchema,
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).optional(),
  /** The file under shared/seeds this text was copied from, verbatim. */
  seed: z.string().min(1).optional(),
  /** The text as received, a file next to this one. */
  textFile: z.string().regex(/^[A-Za-z0-9._-]+\.txt$/, {
    error: 'textFile must be a .txt file name in the same folder',
  }),
  boilerplate: z.array(boilerplateSchema).default([]),
});

export const sourceSchema = sourceFieldsSchema.superRefine((source, ctx) => {
  if (source.outlet === null && source.outletNote === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['outletNote'],
      message: 'a source with no named outlet needs an outletNote saying so',
    });
  }
});

export const questionSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
});

/** What a figure counts, where and when. Figures compare only within one scope. */
export const scopeSchema = z.strictObject({
  id: slugSchema,
  label: localizedTextSchema,
  place: slugSchema.optional(),
  period: dateRangeSchema.optional(),
});

export const stanceSchema = z.enum(
  ['asserts', 'denies', 'alternative-explanation', 'counter-figure', 'casts-doubt', 'silent'],
  {
    error:
      'stance must be one of asserts, denies, alternative-explanation, counter-figure, casts-doubt, silent',
  },
);

export const qualifierSchema = z.enum(
  ['exact', 'about', 'up-to', 'more-than', 'at-least', 'fewer-than'],
  {
    error: 'qualifier must be one of exact, about, up-to, more-than, at-least, fewer-than',
  },
);

export const vagueMeaningSchema = z.enum([
  'a-few',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'hundreds-of-thousands',
  'many',
]);

export const figureSchema = z
  .strictObject({
    metric: slugSchema,
    scope: slugSchema,
    value: z.number().nonnegative().optional(),
    qualifier: qualifierSchema.optional(),
    /** A vague quantity ("dozens", عشرات) stays vague: its word, never a number. */
    vague: z
      .strictObject({
        word: z.string().trim().min(1),
        meaning: vagueMeaningSchema,
      })
      .optional(),
  })
  .superRefine((figure, ctx) => {
    if (figure.value === undefined && figure.vague === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a figure needs a value, or vague with the word used',
      });
    }
    if (figure.value !== undefined && figure.vague !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['vague'],
        message: 'a figure is either a value or vague, not both',
      });
    }
    if (figure.value !== undefined && figure.qualifier === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: 'a figure with a value needs a qualifier (exact, about, up-to, more-than, ...)',
      });
    }
  });

export const mediumSchema = z.enum([
  'statement',
  'tweet',
  'social-media-post',
  'interview',
  'video',
  'press-conference',
  'report',
  'article',
]);

export const claimSchema = z.strictObject({
  id: slugSchema,
  question: slugSchema,
  /** The actor who made the claim, never the outlet that carried it. */
  saidBy: slugSchema,
  /** Outlets that carried the claim, from nearest the speaker to the source's outlet. */
  reportedBy: z.array(slugSchema).default([]),
  source: slugSchema,
  /** Verbatim span of the source's text, broken spacing and all. */
  quote: z.string().min(1, { error: 'a quote must not be empty' }),
  /** Which occurrence, when the same span appears more than once. */
  occurrence: z.int().min(1).optional(),
  /** The quote's language when it differs from the source's. */
  language: languageCodeSchema.optional(),
  /** English translation: faithful, not smoothed. Required unless the quote is English. */
  translation: z.string().trim().min(1).optional(),
  stance: stanceSchema,
  medium: mediumSchema.optional(),
  figures: z.array(figureSchema).default([]),
  saidOn: fuzzyDateSchema,
  /** A claim this one is known to have answered or followed. */
  saidAfter: slugSchema.optional(),
  note: localizedTextSchema.optional(),
});

export const eventSchema = z.strictObject({
  $schema: schemaPointer,
  id: slugSchema,
  /** Neutral: adopts no party's framing. */
  title: localizedTextSchema,
  summary: localizedTextSchema,
  date: dateRangeSchema,
  places: z.array(slugSchema).default([]),
  topics: z.array(slugSchema).default([]),
  questions: z.array(questionSchema).min(1, { error: 'an event needs at least one question' }),
  scopes: z.array(scopeSchema).default([]),
  claims: z.array(claimSchema).default([]),
});

export const sidesFileSchema = z.strictObject({
  $schema: schemaPointer,
  sides: z.array(sideSchema),
});
export const actorsFileSchema = z.strictObject({
  $schema: schemaPointer,
  actors: z.array(actorSchema),
});
export const placesFileSchema = z.strictObject({
  $schema: schemaPointer,
  places: z.array(placeSchema),
});
export const topicsFileSchema = z.strictObject({
  $schema: schemaPointer,
  topics: z.array(topicSchema),
});
export const metricsFileSchema = z.strictObject({
  $schema: schemaPointer,
  metrics: z.array(metricSchema),
});

export type CorpusMeta = z.infer<typeof corpusMetaSchema>;
export type Side = z.infer<typeof sideSchema>;
export type ActorKind = z.infer<typeof actorKindSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Boilerplate = z.infer<typeof boilerplateSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Medium = z.infer<typeof mediumSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type CorpusEvent = z.infer<typeof eventSchema>;
