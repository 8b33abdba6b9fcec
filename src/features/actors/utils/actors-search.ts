import { parseQueryParam, parseRootSearch, type RootSearch } from '@/lib/url-search';

/** The parties index's shareable state: `/actors?q=tiger`. */
export interface ActorsSearch extends RootSearch {
  q?: string;
}

/** Parses raw search params; an empty or malformed query is dropped, so it vanishes from the URL. */
export function parseActorsSearch(raw: Record<string, unknown>): ActorsSearch {
  const q = parseQueryParam(raw.q);
  return { ...parseRootSearch(raw), ...(q ? { q } : {}) };
}
