import { z } from './zod.ts';
import { isRealCalendarDate } from './calendar.ts';
import {
  englishTextSchema,
  fuzzyDateSchema,
  languageCodeSchema,
  localizedTextSchema,
  schemaPointerSchema,
  slugSchema,
  webAddressSchema,
} from './primitives.ts';

/** sources/<id>.json: where a text came from, and the spans of it that are not content. */

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

/** The day a text was copied from its address (YYYY-MM-DD). */
export const retrievedDaySchema = z
  .string({ error: 'retrieved must be a day written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'retrieved must be a day written YYYY-MM-DD',
    abort: true,
  })
  .refine((day) => isRealCalendarDate(day, 'day'), {
    error: 'retrieved must be a real calendar day',
  });

export const sourceFieldsSchema = z.strictObject({
  $schema: schemaPointerSchema,
  id: slugSchema,
  /** The outlet that published the text; null when the text names none. */
  outlet: slugSchema.nullable(),
  outletNote: localizedTextSchema.optional(),
  title: z.string().trim().min(1),
  titleTranslation: z.strictObject({ en: englishTextSchema }).optional(),
  language: languageCodeSchema,
  published: fuzzyDateSchema,
  url: webAddressSchema('url').optional(),
  /** An archived copy of the text (web.archive.org, archive.today), for when the original goes. */
  archivedUrl: webAddressSchema('archivedUrl').optional(),
  /** The day the text was copied from its address (YYYY-MM-DD). */
  retrieved: retrievedDaySchema.optional(),
  /**
   * Why url, archivedUrl or retrieved is missing ("the text came as a file, with no address"),
   * shown to readers in their place and quoted in citations. Optional: without it a reader is
   * told only that they were not recorded.
   */
  notRecorded: localizedTextSchema.optional(),
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
  const recorded = [source.url, source.archivedUrl, source.retrieved];
  if (source.notRecorded !== undefined && recorded.every((field) => field !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['notRecorded'],
      message:
        'notRecorded says why url, archivedUrl or retrieved is missing, but all three are given: remove it',
    });
  }
});

export type Boilerplate = z.infer<typeof boilerplateSchema>;
export type BoilerplateKind = z.infer<typeof boilerplateKindSchema>;
export type Source = z.infer<typeof sourceSchema>;
