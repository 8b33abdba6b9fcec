import type { LanguageCode } from './languages';

/**
 * Every view's URL has one definition, here: the router's routes (and so the share
 * and canonical links made from the route on screen), in-app links
 * (`to={paths.event.path}` with params), printed and JSON-LD links, and the build's
 * page files (scripts/build/page-meta.ts) all read it. `path` is the router pattern;
 * `getHref` builds the URL of a view.
 *
 * Route components still name their own route as a literal id
 * (`useParams({ from: '/events/$eventId' })`): TanStack Router types `from` against
 * the route tree built from these paths, so a literal that drifts from here fails the
 * type check instead of a link.
 */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  event: {
    path: '/events/$eventId',
    getHref: (eventId: string) => `/events/${encodeURIComponent(eventId)}`,
  },
  sources: {
    path: '/sources',
    getHref: () => '/sources',
  },
  source: {
    path: '/sources/$sourceId',
    getHref: (sourceId: string, claimId?: string) =>
      `/sources/${encodeURIComponent(sourceId)}${claimId ? `#${encodeURIComponent(claimId)}` : ''}`,
  },
  actors: {
    path: '/actors',
    getHref: () => '/actors',
  },
  actor: {
    path: '/actors/$actorId',
    getHref: (actorId: string) => `/actors/${encodeURIComponent(actorId)}`,
  },
  timeline: {
    path: '/timeline',
    getHref: () => '/timeline',
  },
  map: {
    path: '/map',
    getHref: () => '/map',
  },
  corpora: {
    path: '/corpora',
    getHref: () => '/corpora',
  },
  workbench: {
    path: '/workbench',
    getHref: () => '/workbench',
  },
} as const;

/**
 * The language of a page lives in its path: English at the root (`/events/x`), Arabic under
 * `/ar/` (`/ar/events/x`), so each language has its own prerendered page, link preview and
 * canonical URL. Paths here are inside the app, without the base path.
 */
const arabicPrefix = '/ar';

/** The language a path is in, and the view's path without the prefix. */
export function splitLanguagePath(pathname: string): { language: LanguageCode; path: string } {
  if (pathname === arabicPrefix || pathname.startsWith(`${arabicPrefix}/`)) {
    return { language: 'ar', path: pathname.slice(arabicPrefix.length) || '/' };
  }
  return { language: 'en', path: pathname };
}

/** The path of the view at `path` (`/events/x`, or `/`) in `language`. */
export function languagePath(path: string, language: LanguageCode): string {
  if (language === 'en') return path;
  return path === '/' ? `${arabicPrefix}/` : `${arabicPrefix}${path}`;
}
