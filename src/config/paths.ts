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
  corpora: {
    path: '/corpora',
    getHref: () => '/corpora',
  },
} as const;
