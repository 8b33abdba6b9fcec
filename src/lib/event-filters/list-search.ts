import type { LanguageCode } from '@/config/languages';
import { isRealCalendarDate } from '@/corpus/calendar';
import { parseIdList, parseQueryParam, parseRootSearch } from '@/lib/url-search';
import {
  isKnownListOption,
  listOptionKeys,
  parseListOption,
  type ListOptionValue,
} from './list-options';

/**
 * A key given more than once with one value (`?from=2019-05-01&from=2019-05-01`, as pasted links
 * and some chat apps produce) means that value; different values for a one-value key stay a list,
 * which no parser accepts, so they are reported.
 */
function singleValue(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const distinct = new Set<unknown>(value);
  return distinct.size === 1 ? value[0] : value;
}

function parseDay(value: unknown): string | undefined {
  return typeof value === 'string' && isRealCalendarDate(value, 'day') ? value : undefined;
}

/**
 * The event list's shareable state:
 * `/?actors=a,b&members=exclude&match=all&from=YYYY-MM-DD&to=YYYY-MM-DD&place=a,b&topic=a,b`
 * `&disputed=only&sort=disputes&q=text&lang=ar`. Place and topic take lists like actors
 * (a single id, as older links have it, is a list of one).
 */
export interface ListSearch {
  lang?: LanguageCode;
  actors?: string[];
  /** Unset: each chosen party with the bodies that belong to it. */
  members?: ListOptionValue<'members'>;
  /** Unset: events where any chosen party spoke. */
  match?: ListOptionValue<'match'>;
  from?: string;
  to?: string;
  place?: string[];
  topic?: string[];
  disputed?: ListOptionValue<'disputed'>;
  /** Unset: by date, as the corpus orders its events. */
  sort?: ListOptionValue<'sort'>;
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
  const members = parseListOption('members', singleValue(raw.members));
  const match = parseListOption('match', singleValue(raw.match));
  const from = parseDay(singleValue(raw.from));
  const to = parseDay(singleValue(raw.to));
  const place = parseIdList(raw.place);
  const topic = parseIdList(raw.topic);
  const disputed = parseListOption('disputed', singleValue(raw.disputed));
  const sort = parseListOption('sort', singleValue(raw.sort));
  const q = parseQueryParam(singleValue(raw.q));
  return {
    ...parseRootSearch(raw),
    ...(actors ? { actors } : {}),
    ...(members ? { members } : {}),
    ...(match ? { match } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(place ? { place } : {}),
    ...(topic ? { topic } : {}),
    ...(disputed ? { disputed } : {}),
    ...(sort ? { sort } : {}),
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
  const ignored: IgnoredValue[] = [];
  for (const key of ['actors', 'from', 'to', 'place', 'topic'] as const) {
    if (key === 'from' || key === 'to') {
      if (parsed[key] !== undefined) continue;
      for (const value of rawStrings(raw[key])) {
        if (value.trim() !== '') ignored.push({ key, value });
      }
      continue;
    }
    // Lists: each id the parser dropped, by itself.
    const kept = new Set(parsed[key]);
    for (const value of rawStrings(raw[key])
      .flatMap((part) => part.split(','))
      .map((part) => part.trim())) {
      if (value.length > 0 && !kept.has(value)) ignored.push({ key, value });
    }
  }
  for (const key of listOptionKeys) {
    for (const value of rawStrings(raw[key])) {
      if (value.trim() !== '' && !isKnownListOption(key, value)) ignored.push({ key, value });
    }
  }
  if (parsed.q === undefined && Array.isArray(raw.q)) {
    ignored.push({ key: 'q', value: rawStrings(raw.q).join(', ') });
  }
  // A value repeated in the link is one problem, said once.
  const seen = new Set<string>();
  return ignored.filter(({ key, value }) => {
    const id = `${key}\u0000${value}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
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
  const keep = (key: 'actors' | 'place' | 'topic', ids: ReadonlySet<string>) =>
    (search[key] ?? []).filter((id) => {
      if (!ids.has(id)) unknown.push({ key, value: id });
      return ids.has(id);
    });
  const actors = keep('actors', known.actors);
  const place = keep('place', known.places);
  const topic = keep('topic', known.topics);
  // "All of" one party is "any of" it: dropped, so a second party chosen later starts from any.
  const match = actors.length > 1 ? search.match : undefined;
  const filters: ListFilters = {
    ...(actors.length > 0 ? { actors } : {}),
    ...(search.members ? { members: search.members } : {}),
    ...(match ? { match } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
    ...(place.length > 0 ? { place } : {}),
    ...(topic.length > 0 ? { topic } : {}),
    ...(search.disputed ? { disputed: search.disputed } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
    ...(search.q ? { q: search.q } : {}),
  };
  return { filters, unknown };
}

/** How the list asks for a new URL: typing replaces the entry, committed choices push one. */
export type ListSearchChange = (patch: ListFilters, options: { replace: boolean }) => void;
