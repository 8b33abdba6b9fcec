import type { LanguageCode } from '@/config/languages';
import type { EventSummary, SearchField } from '@/corpus/shards';
import { searchHits, type TextRange } from '@/corpus/search/search-highlight';
import { tokenSegments } from '@/corpus/search/search-segments';
import { localized } from '@/lib/localized';
import type { CardSearch } from './card-search';

/** Where a search word was found that the card does not show marked. */
export interface MatchPlace {
  field: SearchField;
  actor?: string;
}

export interface CardHits {
  title: TextRange[];
  summary: TextRange[];
  /** Where the words not marked in the title or summary were found; empty when all are marked. */
  elsewhere: MatchPlace[];
}

/**
 * A card's hits for a search: the runs of its title and summary (as shown, in
 * the reader's language) to mark, and, for each word of the query marked in
 * neither, where the search found it, read from the search shard. Only the
 * cards on screen ask, so a keystroke costs a few dozen of these.
 */
export function cardHits(
  event: EventSummary,
  search: CardSearch,
  language: LanguageCode,
): CardHits {
  const { tokens } = search;
  const shownTexts = [localized(event.title, language), localized(event.summary, language)];
  const { ranges, found } = searchHits(shownTexts, tokens);
  const unseen = tokens.filter((_, position) => found[position] !== true);
  const elsewhere: MatchPlace[] = [];
  const words = unseen.length > 0 ? search.wordsOf(event.id) : undefined;
  if (words) {
    const shown = language === 'ar' ? 'event-ar' : 'event-en';
    const seen = new Set<string>();
    for (const found of tokenSegments(words.text, words.segments, unseen)) {
      for (const { field, party } of found ?? []) {
        // Runs name a party by its position in the event's parties; out of range is no party.
        const actor = party === undefined ? undefined : event.parties[party];
        if (party !== undefined && actor === undefined) continue;
        const key = `${field}\u0000${actor ?? ''}`;
        if (field === shown || seen.has(key)) continue;
        seen.add(key);
        elsewhere.push(actor === undefined ? { field } : { field, actor });
      }
    }
  }
  return { title: ranges[0] ?? [], summary: ranges[1] ?? [], elsewhere };
}
