import { parseRootSearch, type RootSearch } from '@/lib/url-search';

/**
 * A party page's shareable state: `?members=exclude` shows the party alone. Unset, the page
 * gathers the party with every body that belongs to it, so the default writes nothing.
 */
export interface ActorSearch extends RootSearch {
  members?: 'exclude';
}

/** Parses raw search params; anything but `exclude` is dropped, so it vanishes from the URL. */
export function parseActorSearch(raw: Record<string, unknown>): ActorSearch {
  return {
    ...parseRootSearch(raw),
    ...(raw.members === 'exclude' ? { members: 'exclude' as const } : {}),
  };
}
