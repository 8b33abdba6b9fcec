import { defaultLanguage, type LanguageCode } from '@/config/languages';
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
 * The one link to a view: the route's path, its validated search params in
 * the order the routes define them (the imported corpus and the language
 * last), and the fragment when it names what is shown. The language is the
 * one on screen when it is not the default, so the recipient reads the view
 * in it even if their browser prefers another; the default is left out.
 */
export function canonicalUrl(view: ViewAddress, language: LanguageCode): string {
  const { lang: _lang, corpus, ...rest } = view.search;
  const search = {
    ...rest,
    corpus,
    lang: language === defaultLanguage ? undefined : language,
  };
  // `/events/x/` (a static host's folder page) and `/events/x` are one view.
  const path = view.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const hash = view.hash ? `#${view.hash}` : '';
  return `${view.root}${path}${stringifySearchParams(search)}${hash}`;
}
