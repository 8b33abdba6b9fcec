import { z } from './zod.ts';
import { figureSchema } from './figure-schema.ts';
import {
  dateRangeSchema,
  fuzzyDateSchema,
  languageCodeSchema,
  localizedTextSchema,
  schemaPointerSchema,
  slugSchema,
} from './primitives.ts';

/** events/<id>.json: one event, the questions the parties answer, and their claims. */

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

/**
 * How the quoted words reached us: the party's own words quoted, the outlet
 * reporting what the party said ("he said that…"), or the outlet's own account
 * of what someone said or admitted. The further from own words, the more an
 * outlet stands between the party and the reader.
 */
export const wordingSchema = z.enum(['own-words', 'reported-speech', 'outlet-account'], {
  error: (issue) =>
    issue.input === undefined
      ? 'a claim needs a wording: own-words, reported-speech or outlet-account'
      : 'wording must be one of own-words, reported-speech, outlet-account',
});

/** A gist is one line beside the quote: longer than this, it is a summary, not a position. */
const maxGistLength = 60;

const gistText = (language: string) =>
  z
    .string({ error: `the ${language} gist must be a string` })
    .trim()
    .min(1, { error: `the ${language} gist must not be empty` })
    .max(maxGistLength, {
      error: `a gist is a short position, at most ${String(maxGistLength)} characters`,
    });

/** The claim's position in a few neutral words, in both UI languages. */
const gistSchema = z.strictObject({
  ar: gistText('Arabic'),
  en: gistText('English'),
});

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
  /** The position in 2–6 neutral words ("engine overheating"), in no party's framing. */
  gist: gistSchema.optional(),
  wording: wordingSchema,
  /**
   * For an alternative explanation: which one, as a short slug ("engine-fault"),
   * so parties giving the same explanation agree. Without it, two parties'
   * alternative explanations of one question count as rival.
   */
  explanation: slugSchema.optional(),
  medium: mediumSchema.optional(),
  figures: z.array(figureSchema).default([]),
  saidOn: fuzzyDateSchema,
  /** A claim this one is known to have answered or followed. */
  saidAfter: slugSchema.optional(),
  note: localizedTextSchema.optional(),
});

export const eventSchema = z.strictObject({
  $schema: schemaPointerSchema,
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

export type Question = z.infer<typeof questionSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Medium = z.infer<typeof mediumSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type CorpusEvent = z.infer<typeof eventSchema>;
