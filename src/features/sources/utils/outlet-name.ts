import type { Actor } from '@/corpus/schema';
import type { SourceSummary } from '@/corpus/shards';
import type { LanguageCode } from '@/config/languages';
import { localized } from '@/lib/localized';

/**
 * Who published a source, as the reader sees it: the outlet party's name, or the corpus's note
 * saying why none is named, or `unnamed` when the corpus says neither.
 */
export function outletName(
  summary: Pick<SourceSummary, 'outlet' | 'outletNote'>,
  actors: ReadonlyMap<string, Actor>,
  language: LanguageCode,
  unnamed: string,
): string {
  const outlet = summary.outlet ? actors.get(summary.outlet) : undefined;
  if (outlet) return localized(outlet.name, language);
  if (summary.outletNote) return localized(summary.outletNote, language);
  return summary.outlet ?? unnamed;
}
