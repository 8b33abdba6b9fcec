import { z } from './zod.ts';
import { slugSchema } from './primitives.ts';

/**
 * A number a claim gives: which metric, in which scope, and how the party
 * put it (its qualifier, or a vague word that must never become a number).
 */

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
    /**
     * At most 2^53 − 1: above it two different numbers are the same double, and the check that
     * the quote states the value could be fooled (9007199254740993 read as ...992).
     */
    value: z
      .number()
      .nonnegative()
      .max(Number.MAX_SAFE_INTEGER, {
        error: 'a figure value above 9007199254740991 (2^53 − 1) cannot be checked exactly',
      })
      .optional(),
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

export type Qualifier = z.infer<typeof qualifierSchema>;
export type Figure = z.infer<typeof figureSchema>;
