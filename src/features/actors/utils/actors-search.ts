import { maxQueryLength } from '@/lib/event-filters/list-search';
import { parseRootSearch, type RootSearch } from '@/lib/url-search';

/** The parties index's shareable state: `/actors?q=tiger`. */
export interface ActorsSearch extends RootSearch {
  q?: string;
}

/** Parses raw search params; an empty or malformed query is dropped, so it vanishes from the URL. */
export function parseActorsSearch(raw: Record<string, unknown>): ActorsSearch {
  const q =
    typeof raw.q === 'string' ? Array.from(raw.q.trim()).slice(0, maxQueryLength).join('') : '';
  return { ...parseRootSearch(raw), ...(q.trim() ? { q: q.trim() } : {}) };
}
