import { isLanguageCode, type LanguageCode } from '@/config/languages';
import { isSlug } from '@/corpus/slug';

// Hand-written rather than zod schemas: these run before the first render, and
// keeping zod out of that path lets it download alongside the corpus instead.

/** `?lang=` overrides the reader's saved language; anything else is ignored. */
export interface RootSearch {
  lang?: LanguageCode;
}

export function parseRootSearch(raw: Record<string, unknown>): RootSearch {
  const { lang } = raw;
  return isLanguageCode(lang) ? { lang } : {};
}

/**
 * A comma-separated id list from the URL: de-duplicated, malformed ids dropped,
 * an empty list becomes undefined so the default is dropped from the URL.
 */
export function parseIdList(value: unknown): string[] | undefined {
  const parts = (Array.isArray(value) ? (value as unknown[]) : [value])
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter(isSlug);
  const unique = [...new Set(parts)];
  return unique.length > 0 ? unique : undefined;
}

/** The longest search query a URL keeps, in characters (code points, never half a pair). */
export const maxQueryLength = 200;

/**
 * A search query from the URL (`?q=`): trimmed and cut to `maxQueryLength` characters;
 * undefined when empty or not text, so it vanishes from the URL. Every view's search (the
 * events, the parties, the sources) reads its query with this.
 */
export function parseQueryParam(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const query = Array.from(value.trim()).slice(0, maxQueryLength).join('').trim();
  return query === '' ? undefined : query;
}
