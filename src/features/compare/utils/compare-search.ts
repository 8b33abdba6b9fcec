import { z } from 'zod';
import type { LanguageCode } from '@/config/languages';
import { idListSchema, rootSearchSchema } from '@/lib/url-search';

export const textModes = ['both', 'original', 'translation'] as const;
export type TextMode = (typeof textModes)[number];

/**
 * A comparison's shareable state: which parties are shown, in which order
 * (`?actors=a,b`), and whether quotes show original, translation or both.
 * Defaults are left out of the URL.
 */
const compareSearchSchema = rootSearchSchema.extend({
  actors: idListSchema.optional(),
  text: z.enum(textModes).optional().catch(undefined),
});

export interface CompareSearch {
  lang?: LanguageCode;
  actors?: string[];
  text?: Exclude<TextMode, 'both'>;
}

/** Parses raw search params; keys at their default are left out so they vanish from the URL. */
export function parseCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const { lang, actors, text } = compareSearchSchema.parse(raw);
  return {
    ...(lang ? { lang } : {}),
    ...(actors ? { actors } : {}),
    ...(text && text !== 'both' ? { text } : {}),
  };
}
