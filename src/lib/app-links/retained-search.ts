/**
 * The search params every in-app link carries over from the page it is on: a
 * language override and the corpus in use, so a shared view stays in its
 * language and names the corpus it needs. The router's middleware
 * (app/router.tsx) and the plain anchors of large views (use-app-href.ts)
 * both keep exactly these.
 */
export const retainedSearchKeys = ['lang', 'corpus'] as const;
