import { useRouter, type AnyRoute } from '@tanstack/react-router';
import { useCallback } from 'react';
import { canonicalUrl } from '@/lib/canonical-url';
import { hasSnapshotFragment } from '@/lib/corpus-source/snapshot-fragment';
import { useLanguage } from '@/lib/use-language';

type SearchValidator = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * The fragment when it names what is shown: a self-contained link's data, or
 * an element of the page's content (a quote in a source, a claim, the figures).
 * `#main` (the skip link) and a claim this page does not hold are dropped.
 */
export function shownFragment(rawHash: string, root: ParentNode = document): string | undefined {
  const hash = rawHash.replace(/^#/, '');
  if (hash === '') return undefined;
  if (hasSnapshotFragment(hash)) return hash;
  let id: string;
  try {
    id = decodeURIComponent(hash);
  } catch {
    return undefined;
  }
  const main = root.querySelector('main');
  const target = main?.querySelector(`[id="${CSS.escape(id)}"]`);
  return target ? hash : undefined;
}

/**
 * Builds the canonical link of the view on screen from the router's state:
 * each matched route's own search validator keeps what it understands, so
 * raw, malformed or unknown params in the address bar never travel.
 */
export function useCanonicalUrl(): () => string {
  const router = useRouter();
  const language = useLanguage();
  return useCallback(() => {
    const { location, matches } = router.state;
    const raw = location.search as Record<string, unknown>;
    const routes = router.routesById as Record<string, AnyRoute | undefined>;
    let search: Record<string, unknown> = {};
    for (const match of matches) {
      const validate: unknown = routes[match.routeId]?.options.validateSearch;
      // Every route here validates with a plain function (src/app/router.tsx).
      if (typeof validate === 'function') {
        search = { ...search, ...(validate as SearchValidator)(raw) };
      }
    }
    return canonicalUrl(
      {
        root: new URL(router.basepath || '/', window.location.origin).href.replace(/\/?$/, '/'),
        pathname: location.pathname,
        search,
        hash: shownFragment(window.location.hash),
      },
      language,
    );
  }, [router, language]);
}
