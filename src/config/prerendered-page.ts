import type { DehydratedState } from '@tanstack/react-query';

/**
 * What the build writes into each prerendered page for the app to pick up: the React Query
 * data the page was rendered with, as JSON in a `<script type="application/json">` (data,
 * never code, so the CSP that forbids inline scripts allows it), and the page it was rendered
 * as. src/entry-server.tsx renders it, scripts/build writes it, src/main.tsx reads it.
 */
export const PRERENDER_STATE_ID = 'riwaya-prerendered';

export interface PrerenderedPage {
  /** The path the page was rendered at, inside the app, language prefix included (`/ar/events/x`). */
  path: string;
  /** True for 404.html, which is served at any path the corpus does not define. */
  notFound: boolean;
  /** React Query's dehydrated state: the small shards the page showed. */
  queries: DehydratedState;
  /**
   * The corpus files the page showed but does not carry (the index, and any large shard, which
   * every page would otherwise repeat): the app reads them, as the browser caches them, before
   * it hydrates. Paths relative to the corpus root (`index.json`, `search/x.json`).
   */
  deferred: string[];
  /**
   * The revision of the corpus index the page was rendered with. The app fetches the index
   * (it is deferred) and takes the page over only if it is the same: a page cached from an
   * earlier build is drawn anew from the corpus now served, never hydrated with other data.
   */
  revision: string | undefined;
}

/** The compiler's revision of a corpus index read as plain JSON, if it has one. */
export function indexRevision(index: unknown): string | undefined {
  if (typeof index !== 'object' || index === null || !('revision' in index)) return undefined;
  return typeof index.revision === 'string' ? index.revision : undefined;
}
