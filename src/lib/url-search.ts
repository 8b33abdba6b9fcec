import { z } from 'zod';
import { isLanguageCode, type LanguageCode } from '@/config/languages';

/** `?lang=` overrides the reader's saved language; anything else is ignored. */
export const rootSearchSchema = z.object({
  lang: z
    .custom<LanguageCode>((value) => isLanguageCode(value))
    .optional()
    .catch(undefined),
});

export interface RootSearch {
  lang?: LanguageCode;
}

export function parseRootSearch(raw: Record<string, unknown>): RootSearch {
  const { lang } = rootSearchSchema.parse(raw);
  return lang ? { lang } : {};
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A comma-separated id list from the URL: de-duplicated, malformed ids dropped,
 * an empty list becomes undefined so the default is dropped from the URL.
 */
export const idListSchema = z.unknown().transform((value): string[] | undefined => {
  const parts = (Array.isArray(value) ? value : [value])
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length <= 80 && slugPattern.test(part));
  const unique = [...new Set(parts)];
  return unique.length > 0 ? unique : undefined;
});
