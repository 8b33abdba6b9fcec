import type { LanguageCode } from '@/config/languages';
import type { CorpusIndex } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { placeWithin } from './facet-hierarchy';
import { filterableIds } from './filterable-ids';
import { treeOrder } from './facet-tree';

export interface FilterOption {
  id: string;
  label: string;
  /** How deep it lies under other listed options: a town under its governorate. */
  depth: number;
}

const byLabel = (language: LanguageCode) => (a: { label: string }, b: { label: string }) =>
  a.label.localeCompare(b.label, language);

/**
 * The places and topics the panel offers, named in the reader's language: places as a tree
 * (each under the place it lies within, siblings alphabetical), topics alphabetical.
 */
export function filterOptions(
  index: CorpusIndex,
  lookups: CorpusLookups,
  language: LanguageCode,
): { places: FilterOption[]; topics: FilterOption[] } {
  const ids = filterableIds(index);
  const named = (
    used: ReadonlySet<string>,
    name: (id: string) => { ar: string; en: string } | undefined,
  ) =>
    [...used]
      .flatMap((id) => {
        const text = name(id);
        return text ? [{ id, label: localized(text, language) }] : [];
      })
      .sort(byLabel(language));
  const places = treeOrder(
    named(ids.places, (id) => lookups.places.get(id)?.name),
    placeWithin(index.places),
  ).map(({ item, depth }) => ({ ...item, depth }));
  const topics = named(ids.topics, (id) => lookups.topics.get(id)?.label).map((topic) => ({
    ...topic,
    depth: 0,
  }));
  return { places, topics };
}
