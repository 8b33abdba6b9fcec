/**
 * Every in-app link is built here, so a share link has exactly one definition.
 * `path` is the router pattern; `getHref` builds the canonical URL of a view.
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
  source: {
    path: '/sources/$sourceId',
    getHref: (sourceId: string, claimId?: string) =>
      `/sources/${encodeURIComponent(sourceId)}${claimId ? `#${encodeURIComponent(claimId)}` : ''}`,
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
