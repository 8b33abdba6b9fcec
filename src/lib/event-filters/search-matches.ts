import type { EventSummary } from '@/corpus/shards';
import { matchesSearch, searchTokens, type SearchToken } from '@/corpus/search/search-text';

interface Answers {
  /** Query (as typed, trimmed) → ids of the events it matches; most recent last. */
  byQuery: Map<string, ReadonlySet<string>>;
}

/** Enough to cover the words being typed and a few steps back. */
const REMEMBERED = 32;
const remembered = new WeakMap<ReadonlyMap<string, string>, Answers>();

const idMaps = new WeakMap<readonly EventSummary[], ReadonlyMap<string, EventSummary>>();

function eventsById(events: readonly EventSummary[]): ReadonlyMap<string, EventSummary> {
  let byId = idMaps.get(events);
  if (!byId) {
    byId = new Map(events.map((event) => [event.id, event]));
    idMaps.set(events, byId);
  }
  return byId;
}

/** The plain word a query is, when it is one: a single token, not joined from pieces. */
function singleWord(tokens: readonly SearchToken[]): string | undefined {
  const [only, ...rest] = tokens;
  return only && rest.length === 0 && only.parts.length === 1 ? only.whole : undefined;
}

/**
 * The ids of the events whose search text matches `query`. Typing narrows:
 * when the query is one word containing a word asked before, only the
 * events that matched it can match now, so only those are searched (every
 * event that contains "saraq" contains "sar"). Answers are remembered per
 * set of texts, so stepping back with Backspace is immediate.
 */
export function searchMatches(
  texts: ReadonlyMap<string, string>,
  events: readonly EventSummary[],
  query: string,
  fallback: (event: EventSummary) => string,
): ReadonlySet<string> {
  let answers = remembered.get(texts);
  if (!answers) {
    answers = { byQuery: new Map() };
    remembered.set(texts, answers);
  }
  const key = query.trim();
  const known = answers.byQuery.get(key);
  if (known) return known;

  const tokens = searchTokens(key);
  const word = singleWord(tokens);
  let candidates: ReadonlySet<string> | undefined;
  if (word !== undefined) {
    for (const [earlier, ids] of answers.byQuery) {
      const earlierWord = singleWord(searchTokens(earlier));
      if (earlierWord !== undefined && word.includes(earlierWord)) {
        if (candidates === undefined || ids.size < candidates.size) candidates = ids;
      }
    }
  }
  const byId = eventsById(events);
  const matched = new Set<string>();
  for (const id of candidates ?? byId.keys()) {
    const event = byId.get(id);
    if (event && matchesSearch(texts.get(id) ?? fallback(event), tokens)) matched.add(id);
  }

  answers.byQuery.set(key, matched);
  if (answers.byQuery.size > REMEMBERED) {
    const oldest = answers.byQuery.keys().next().value;
    if (oldest !== undefined) answers.byQuery.delete(oldest);
  }
  return matched;
}
