import { z } from './zod.ts';
import { fitsPrecision, isRealCalendarDate } from './calendar.ts';
import { maxSlugLength, slugPattern } from './slug.ts';

/** Lower-case slug: stable ids that survive in URLs and share links. */
export const slugSchema = z
  .string({ error: 'must be a string id' })
  .regex(slugPattern, {
    error: 'must be a slug: lower-case letters, digits and single hyphens (e.g. "russian-mod")',
  })
  .max(maxSlugLength, { error: `an id is at most ${String(maxSlugLength)} characters` });

/**
 * A data file's "$schema": optional here, because the compiler checks it
 * against the file's place in the folder and says what it should be.
 */
export const schemaPointerSchema = z.string().optional();

const nonEmptyText = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

export const arabicTextSchema = nonEmptyText('Arabic text');
export const englishTextSchema = nonEmptyText('English text');

/** A label every reader needs in both UI languages. */
export const localizedTextSchema = z.strictObject({
  ar: arabicTextSchema,
  en: englishTextSchema,
});

export const languageCodeSchema = z
  .string({ error: 'a language must be a BCP 47 code such as "ar" or "en"' })
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    error: 'a language must be a BCP 47 code such as "ar" or "en"',
  });

/**
 * A web address a reader may follow: http(s) only, so no `javascript:` or `data:` URL from a
 * corpus, a shard or a self-contained link reaches a link, the JSON-LD or an export. One schema
 * for the compiler and every shard, so what the compiler refuses no other way in accepts.
 */
export const webAddressSchema = (field: string) =>
  z.url({ protocol: /^https?$/, error: `${field} must be an http(s) address` });

export const datePrecisionSchema = z.enum(['day', 'month', 'year'], {
  error: 'precision must be "day", "month" or "year"',
});

/**
 * Where a date comes from. A precise date is only as good as its basis, so
 * every date names one: stated in the text, computed from a relative phrase
 * against a known anchor, taken from outside reporting, or inferred.
 */
export const dateBasisSchema = z.enum(['stated', 'computed', 'external', 'inferred'], {
  error: 'a date needs a basis: "stated", "computed", "external" or "inferred"',
});

export const fuzzyDateSchema = z
  .strictObject({
    value: z.string({
      error: 'a date value must be a string like "2020-01-16", "2020-01" or "2020"',
    }),
    precision: datePrecisionSchema,
    basis: dateBasisSchema,
    note: z.string().trim().min(1, { error: 'a note must not be empty' }).optional(),
  })
  .superRefine((date, ctx) => {
    if (!fitsPrecision(date.value, date.precision)) {
      const expected = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[date.precision];
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${date.value}" does not match precision "${date.precision}" (expected ${expected})`,
      });
    } else if (!isRealCalendarDate(date.value, date.precision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${date.value}" is not a real calendar date`,
      });
    }
    // An inference pins a month or a year; a day needs a text, a computation or a report.
    if (date.basis === 'inferred' && date.precision === 'day') {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message:
          'an inferred date is "month" or "year" precision: a day needs a "stated", "computed" or "external" basis',
      });
    }
    if (date.basis !== 'stated' && date.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `a ${date.basis} date needs a note saying how it was obtained`,
      });
    }
  });

export const dateRangeSchema = z.strictObject({
  from: fuzzyDateSchema,
  to: fuzzyDateSchema.optional(),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
export type DateRange = z.infer<typeof dateRangeSchema>;
