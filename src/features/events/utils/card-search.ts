import type { SearchShard } from '@/corpus/shards';
import { searchTokens, type SearchToken } from '@/corpus/search/search-text';

/** What a card needs to show a search's hits: the query's tokens and where its words came from. */
export interface CardSearch {
  tokens: readonly SearchToken[];
  /**
   * The event's search words and their sources, from the search shard; undefined until the
   * shard is in, or for a shard compiled before it said where words come from.
   */
  wordsOf: (eventId: string) => { text: string; segments: string } | undefined;
}

const noWords = () => undefined;

/** One per query and shard, so the list's cards re-render once per keystroke, not more. */
export function cardSearch(
  query: string | undefined,
  shard: SearchShard | undefined,
): CardSearch | undefined {
  const tokens = searchTokens(query ?? '');
  if (tokens.length === 0) return undefined;
  const { texts, segments } = shard ?? {};
  if (!texts || !segments) return { tokens, wordsOf: noWords };
  return {
    tokens,
    wordsOf: (eventId) => {
      // Own properties only: an id like "constructor" must not reach Object.prototype.
      if (!Object.hasOwn(texts, eventId) || !Object.hasOwn(segments, eventId)) return undefined;
      const text = texts[eventId];
      const runs = segments[eventId];
      return text === undefined || runs === undefined ? undefined : { text, segments: runs };
    },
  };
}
