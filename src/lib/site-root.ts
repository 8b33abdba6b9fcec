import { siteRootOf } from './json-ld/permalink';

/** This site's root, with the base path the app is served under. */
export function currentSiteRoot(): string {
  // The build's prerender has no origin; what it renders never shows this (only handlers and
  // effects use it), so any will do.
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return siteRootOf(origin, import.meta.env.BASE_URL);
}
