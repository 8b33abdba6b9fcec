import type { CorpusIndex } from '@/corpus/shards';
import type { ClaimRow } from './claim-rows';

/** What narrowed the export: the list's filters, or the event and the parties shown. */
export type ExportFilters = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface ClaimsJson {
  corpus: { id: string; title: { en: string; ar: string } };
  /** ISO 8601 instant the file was made. */
  exportedAt: string;
  filters: ExportFilters;
  rows: readonly ClaimRow[];
}

/** The JSON export: the same rows as the CSV, figures kept as structured arrays. */
export function claimsJson(
  corpus: CorpusIndex['corpus'],
  filters: ExportFilters,
  rows: readonly ClaimRow[],
  exportedAt: Date,
): string {
  const document: ClaimsJson = {
    corpus: { id: corpus.id, title: { en: corpus.title.en, ar: corpus.title.ar } },
    exportedAt: exportedAt.toISOString(),
    filters,
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
