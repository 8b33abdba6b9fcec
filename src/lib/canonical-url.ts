import type { LanguageCode } from '@/config/languages';
import { languagePath } from '@/config/paths';
import { stringifySearchParams } from '@/lib/search-string';

/** What is on screen, as the router holds it. */
export interface ViewAddress {
  /** The app's root URL with its base path, ending in '/': `https://x.test/riwaya/`. */
  root: string;
  /** The route's path inside the app, decoded, as the router holds it: `/events/x`. */
  pathname: string;
  /** Search params as the matched routes' validators kept them: nothing raw, nothing malformed. */
  search: Record<string, unknown>;
  /** The fragment without '#', already percent-encoded, only when it names what is shown. */
  hash?: string | undefined;
}

/**
 * The one link to a view: the route's path, in the language on screen (`/ar/…` for Arabic,
 * so the recipient reads the view in it even if their browser prefers another), its validated
 * search params in the order the routes define them (the imported corpus last), and the
 * fragment when it names what is shown.
 */
export function canonicalUrl(view: ViewAddress, language: LanguageCode): string {
  const { lang: _lang, corpus, ...rest } = view.search;
  const search = { ...rest, corpus };
  // `/events/x/` (a static host's folder page) and `/events/x` are one view.
  const path = view.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const localized = languagePath(`/${path}`, language).slice(1);
  const hash = view.hash ? `#${view.hash}` : '';
  return `${view.root}${localized}${stringifySearchParams(search)}${hash}`;
}
