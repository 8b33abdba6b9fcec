import { siteRootOf } from './json-ld/permalink';

/** This site's root, with the base path the app is served under. */
export function currentSiteRoot(): string {
  return siteRootOf(window.location.origin, import.meta.env.BASE_URL);
}
