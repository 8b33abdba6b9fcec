import { SEARCH_FIELDS, type SearchField } from './search-fields';
import type { SearchToken } from './search-text';

/** Where some prepared texts come from, before their words are counted. */
export interface SearchSource {
  field: SearchField;
  /** The party's position in the event's `parties`, for its names, quotes, translations, gists. */
  party?: number;
  /** Texts prepared with `prepareSearchText`. */
  prepared: readonly string[];
}

/** Where a search word was first met in an event's text. */
export interface SearchRun {
  field: SearchField;
  party?: number;
}

/** `length:field[:party]`, as the search shard's `segments` spells a run. */
function encodeRun(length: number, field: SearchField, party: number | undefined): string {
  return party === undefined
    ? `${String(length)}:${field}`
    : `${String(length)}:${field}:${String(party)}`;
}

/**
 * One event's distinct prepared words, space-separated, in the order of their
 * sources, and which source each run of words came from (`segments`, as the
 * search shard holds it). A word is kept only where it is first met, so a
 * source whose words were all met earlier gets no run: the text is as short
 * as distinct words make it, and a search of it finds exactly what the whole
 * texts would (a query word holds no space, so it only ever matches inside one word).
 */
export function segmentedWords(sources: readonly SearchSource[]): {
  text: string;
  segments: string;
} {
  const seen = new Set<string>();
  const words: string[] = [];
  const runs: { length: number; field: SearchField; party: number | undefined }[] = [];
  let length = 0;
  let lastEnd = 0;
  for (const { field, party, prepared } of sources) {
    for (const text of prepared) {
      for (const word of text.split(/\s+/)) {
        if (word.length === 0 || seen.has(word)) continue;
        seen.add(word);
        length += (words.length > 0 ? 1 : 0) + word.length;
        words.push(word);
      }
    }
    if (length === lastEnd) continue;
    const previous = runs.at(-1);
    // Two sources that say the same (one party's quotes met twice) share a run.
    if (previous?.field === field && previous.party === party) previous.length += length - lastEnd;
    else runs.push({ length: length - lastEnd, field, party });
    lastEnd = length;
  }
  return {
    text: words.join(' '),
    segments: runs.map((run) => encodeRun(run.length, run.field, run.party)).join(' '),
  };
}

const fields: ReadonlySet<string> = new Set(SEARCH_FIELDS);

/** The run that holds the unit at `at`; a run of a field this build does not know is no run. */
function runAt(segments: string, at: number): SearchRun | undefined {
  let end = 0;
  for (const run of segments.split(' ')) {
    const [length, field, party] = run.split(':');
    end += Number(length);
    if (at >= end) continue;
    if (field === undefined || !fields.has(field)) return undefined;
    const known = field as SearchField;
    return party === undefined ? { field: known } : { field: known, party: Number(party) };
  }
  return undefined;
}

/**
 * Where each token of a query was first met in an event's text, from the
 * shard's `segments`: its whole, or else each of its pieces (as
 * `matchesSearch` accepts them). Undefined for a token the text does not hold.
 */
export function tokenSegments(
  text: string,
  segments: string,
  tokens: readonly SearchToken[],
): (SearchRun[] | undefined)[] {
  const at = (word: string) => {
    const found = text.indexOf(word);
    return found === -1 ? undefined : runAt(segments, found);
  };
  return tokens.map((token) => {
    const whole = at(token.whole);
    if (whole) return [whole];
    if (token.parts.length < 2) return undefined;
    const parts = token.parts.map(at);
    if (!parts.every((part) => part !== undefined)) return undefined;
    const distinct = new Map(parts.map((run) => [`${run.field} ${String(run.party)}`, run]));
    return [...distinct.values()];
  });
}
