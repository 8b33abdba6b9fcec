import { z } from '@/corpus/zod';

/**
 * A corpus folder as one file, made by `npm run corpus:bundle`: the raw
 * files, paths as the compiler reads them ("data/events/x.json"), so an
 * import is checked by exactly the rules `npm run corpus` applies.
 */
export const BUNDLE_FORMAT = 'riwaya-corpus-bundle';
export const BUNDLE_VERSION = 1;

export const corpusBundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  files: z
    .array(z.strictObject({ path: z.string().min(1).max(400), text: z.string() }))
    .max(20_000),
});

export type CorpusBundle = z.infer<typeof corpusBundleSchema>;

export function createCorpusBundle(files: readonly { path: string; text: string }[]): CorpusBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    files: files.map(({ path, text }) => ({ path, text })),
  };
}

/** True when parsed JSON claims to be a bundle, so a wrong version gets its own message. */
export function looksLikeBundle(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === BUNDLE_FORMAT
  );
}
