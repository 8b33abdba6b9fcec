import type { LanguageCode } from '@/config/languages';
import { parseIdList, parseRootSearch } from '@/lib/url-search';

export const textModes = ['both', 'original', 'translation'] as const;
export type TextMode = (typeof textModes)[number];

function isTextMode(value: unknown): value is TextMode {
  return textModes.some((mode) => mode === value);
}

/**
 * A comparison's shareable state: which parties are shown, in which order
 * (`?actors=a,b`), and whether quotes show original, translation or both.
 * Defaults are left out of the URL.
 */
export interface CompareSearch {
  lang?: LanguageCode;
  actors?: string[];
  text?: Exclude<TextMode, 'both'>;
}

/** Parses raw search params; malformed values are dropped and defaults left out, so they vanish from the URL. */
export function parseCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const actors = parseIdList(raw.actors);
  const { text } = raw;
  return {
    ...parseRootSearch(raw),
    ...(actors ? { actors } : {}),
    ...(isTextMode(text) && text !== 'both' ? { text } : {}),
  };
}
