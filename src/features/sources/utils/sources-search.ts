import type { LanguageCode } from '@/config/languages';
import { parseQueryParam, parseRootSearch } from '@/lib/url-search';

/** How the sources index orders its rows: by publication date (the default) or most cited first. */
export const sourceSorts = ['date', 'cited'] as const;
export type SourceSort = (typeof sourceSorts)[number];

/** The sources index's shareable state: a query on titles and outlets, and the order. */
export interface SourcesSearch {
  lang?: LanguageCode;
  q?: string;
  sort?: Exclude<SourceSort, 'date'>;
}

/** Parses raw search params; malformed values and defaults are dropped, so they leave the URL. */
export function parseSourcesSearch(raw: Record<string, unknown>): SourcesSearch {
  const q = parseQueryParam(raw.q);
  return {
    ...parseRootSearch(raw),
    ...(q ? { q } : {}),
    ...(raw.sort === 'cited' ? { sort: 'cited' as const } : {}),
  };
}
