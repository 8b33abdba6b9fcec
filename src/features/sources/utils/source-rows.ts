import type { LanguageCode } from '@/config/languages';
import { firstDayOf } from '@/corpus/calendar';
import { matchesSearch, prepareSearchText, searchTokens } from '@/corpus/search/search-text';
import type { SourceSummary } from '@/corpus/shards';
import type { SourceSort } from './sources-search';

/** One row of the sources index; the counts are missing when the corpus carries none. */
export interface SourceRow {
  summary: SourceSummary;
  claims?: number;
  events?: number;
}

/** The outlet's name as the reader sees it: the party's name, or the note saying who it is. */
export type OutletNameOf = (summary: SourceSummary, language: LanguageCode) => string;

function byDate(a: SourceRow, b: SourceRow): number {
  const dayA = firstDayOf(a.summary.published);
  const dayB = firstDayOf(b.summary.published);
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0;
}

/** Oldest first, as the event list and the timeline read; or most claims first, then by date. */
export function sortSourceRows(rows: readonly SourceRow[], sort: SourceSort): SourceRow[] {
  const sorted = [...rows].sort(byDate);
  return sort === 'cited'
    ? sorted.sort((a, b) => (b.claims ?? 0) - (a.claims ?? 0) || (b.events ?? 0) - (a.events ?? 0))
    : sorted;
}

/**
 * The rows whose title (original or translated) or outlet, in either language, holds every
 * word of the query, folded as the event search folds them (hamza, tashkeel, ta marbuta).
 */
export function filterSourceRows(
  rows: readonly SourceRow[],
  query: string,
  outletName: OutletNameOf,
): SourceRow[] {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [...rows];
  return rows.filter(({ summary }) =>
    matchesSearch(
      prepareSearchText(
        [
          summary.title,
          summary.titleTranslation?.en ?? '',
          outletName(summary, 'en'),
          outletName(summary, 'ar'),
        ].join('\n'),
      ),
      tokens,
    ),
  );
}
