import type { LanguageCode } from '@/config/languages';
import { isRealCalendarDate } from '@/corpus/calendar';
import { isSlug } from '@/corpus/slug';
import { parseIdList, parseRootSearch } from '@/lib/url-search';

export const maxQueryLength = 200;

function parseDay(value: unknown): string | undefined {
  return typeof value === 'string' && isRealCalendarDate(value, 'day') ? value : undefined;
}

function parseQuery(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return Array.from(value.trim()).slice(0, maxQueryLength).join('').trim();
}

/**
 * The event list's shareable state:
 * `/?actors=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD&place=id&topic=id&q=text&lang=ar`.
 */
export interface ListSearch {
  lang?: LanguageCode;
  actors?: string[];
  from?: string;
  to?: string;
  place?: string;
  topic?: string;
  q?: string;
}

/** The list's own keys: what a filter change may set, or clear with `undefined`. */
export type ListFilters = Omit<ListSearch, 'lang'>;
export type ListFilterKey = keyof ListFilters;

/** A value from the URL the list could not use; shown in a notice, never thrown. */
export interface IgnoredValue {
  key: ListFilterKey;
  value: string;
}

/**
 * Parses raw search params; unset and unusable keys are left out so they vanish
 * from the URL. Anything malformed is dropped, never thrown (`malformedListValues`
 * reports it).
 */
export function parseListSearch(raw: Record<string, unknown>): ListSearch {
  const actors = parseIdList(raw.actors);
  const from = parseDay(raw.from);
  const to = parseDay(raw.to);
  const place = isSlug(raw.place) ? raw.place : undefined;
  const topic = isSlug(raw.topic) ? raw.topic : undefined;
  const q = parseQuery(raw.q);
  return {
    ...parseRootSearch(raw),
    ...(actors ? { actors } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(place ? { place } : {}),
    ...(topic ? { topic } : {}),
    ...(q ? { q } : {}),
  };
}

function rawStrings(value: unknown): string[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.flatMap((item) =>
    typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean'
      ? [String(item)]
      : [],
  );
}

/** Values present in the raw URL that `parseListSearch` had to drop. */
export function malformedListValues(raw: Record<string, unknown>): IgnoredValue[] {
  const parsed = parseListSearch(raw);
  const kept = new Set(parsed.actors);
  const ignored: IgnoredValue[] = rawStrings(raw.actors)
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !kept.has(part))
    .map((value) => ({ key: 'actors', value }));
  for (const key of ['from', 'to', 'place', 'topic'] as const) {
    const values = rawStrings(raw[key]);
    if (parsed[key] === undefined) {
      for (const value of values) if (value.trim() !== '') ignored.push({ key, value });
    }
  }
  if (parsed.q === undefined && Array.isArray(raw.q)) {
    ignored.push({ key: 'q', value: rawStrings(raw.q).join(', ') });
  }
  return ignored;
}

/** What a known id looks up against: the ids the loaded index actually has. */
export interface KnownIds {
  actors: ReadonlySet<string>;
  places: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

/** Drops ids the index does not know, reporting them; the rest filters the list. */
export function withKnownIds(
  search: ListSearch,
  known: KnownIds,
): { filters: ListFilters; unknown: IgnoredValue[] } {
  const unknown: IgnoredValue[] = [];
  const actors = (search.actors ?? []).filter((id) => {
    if (!known.actors.has(id)) unknown.push({ key: 'actors', value: id });
    return known.actors.has(id);
  });
  const keep = (key: 'place' | 'topic', ids: ReadonlySet<string>) => {
    const id = search[key];
    if (id === undefined || ids.has(id)) return id;
    unknown.push({ key, value: id });
    return undefined;
  };
  const place = keep('place', known.places);
  const topic = keep('topic', known.topics);
  const filters: ListFilters = {
    ...(actors.length > 0 ? { actors } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
    ...(place ? { place } : {}),
    ...(topic ? { topic } : {}),
    ...(search.q ? { q: search.q } : {}),
  };
  return { filters, unknown };
}

/** How the list asks for a new URL: typing replaces the entry, committed choices push one. */
export type ListSearchChange = (patch: ListFilters, options: { replace: boolean }) => void;
