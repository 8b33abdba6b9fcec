import { useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { languagePath } from '@/config/paths';
import { stringifySearchParams } from '@/lib/search-string';
import type { retainedSearchKeys } from './retained-search';

type RetainedSearch = Partial<Record<(typeof retainedSearchKeys)[number], string>>;

/** The site's base path without its trailing slash: '' at the root, '/riwaya' below it. */
const basePath = import.meta.env.BASE_URL.replace(/\/+$/, '');

/**
 * `base + /ar + path + ?corpus=… + #hash`: the address a router <Link> would give, the
 * language in the path (language-rewrite.ts in src/app).
 */
export function appHref(path: string, retained: RetainedSearch, hash?: string): string {
  const search = stringifySearchParams({ corpus: retained.corpus });
  const localized = languagePath(path, retained.lang === 'ar' ? 'ar' : 'en');
  return `${basePath}${localized}${search}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/**
 * Builds in-app addresses for a view that draws hundreds of links (a
 * comparison's cards): the page's retained params are read once per view,
 * where a router <Link> per card would build and match a whole location
 * each, which the benchmark showed costs the comparison tens of ms.
 */
export function useAppHref(): (path: string, hash?: string) => string {
  const lang = useSearch({ strict: false, select: (search) => stringOrUndefined(search.lang) });
  const corpus = useSearch({
    strict: false,
    select: (search) => stringOrUndefined(search.corpus),
  });
  return useCallback((path, hash) => appHref(path, { lang, corpus }, hash), [lang, corpus]);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
