import type { DehydratedState } from '@tanstack/react-query';
import { isLanguageCode, type LanguageCode } from '@/config/languages';
import { languagePath, splitLanguagePath } from '@/config/paths';
import { PRERENDER_STATE_ID, type PrerenderedPage } from '@/config/prerendered-page';

/** The state the build wrote into this page, or undefined when it was not prerendered. */
export function readPrerenderedPage(root: Document): PrerenderedPage | undefined {
  const text = root.getElementById(PRERENDER_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { path, notFound, queries, deferred, revision } = value as Record<string, unknown>;
    if (typeof path !== 'string' || typeof notFound !== 'boolean') return undefined;
    if (!Array.isArray(deferred) || !deferred.every((file) => typeof file === 'string')) {
      return undefined;
    }
    if (typeof queries !== 'object' || queries === null) return undefined;
    if (revision !== undefined && typeof revision !== 'string') return undefined;
    // Written by this build's prerender (src/entry-server.tsx) from React Query's dehydrate.
    return { path, notFound, queries: queries as DehydratedState, deferred, revision };
  } catch {
    return undefined;
  }
}

export interface Landing {
  /** The language the app shows. */
  language: LanguageCode;
  /** The address of the view in that language: `/ar/…` for Arabic, never a `?lang=`. */
  href: string;
  /** True when that is another prerendered page than this one: load it instead. */
  reload: boolean;
  /** Whether this prerendered page is the view at `href`, as the app would render it. */
  sameView: (page: PrerenderedPage) => boolean;
}

/** The search string without its `lang` pairs, written as it was. */
function withoutLang(search: string): { lang: string | undefined; rest: string } {
  const pairs = search.replace(/^\?/, '').split('&').filter(Boolean);
  const lang = pairs.find((pair) => pair.startsWith('lang='))?.slice('lang='.length);
  const rest = pairs.filter((pair) => !pair.startsWith('lang='));
  return { lang, rest: rest.length > 0 ? `?${rest.join('&')}` : '' };
}

/**
 * Where a reader who opened `location` lands. The path's `/ar/` names the language; an old
 * link's `?lang=` still does, and moves into the path; a bare address follows the reader's
 * saved choice. When the prerendered page on screen is in another language than that, the
 * reader is sent to the page built in it.
 */
export function landingAddress(
  location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>,
  options: { base: string; preferred: LanguageCode; page: PrerenderedPage | undefined },
): Landing {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const inApp = location.pathname.startsWith(base)
    ? `/${location.pathname.slice(base.length)}`
    : location.pathname;
  const split = splitLanguagePath(inApp);
  const { lang, rest } = withoutLang(location.search);
  const language: LanguageCode =
    split.language === 'ar' ? 'ar' : isLanguageCode(lang) ? lang : options.preferred;
  const path = languagePath(split.path, language);
  const href = `${location.origin}${base}${path.slice(1)}${rest}${location.hash}`;
  // Only this view's page in the other language: a host that answers unknown addresses with
  // 404.html or the home page must never send the reader round in circles.
  const page = options.page;
  const otherLanguagePage =
    page !== undefined &&
    !page.notFound &&
    page.path !== path &&
    splitLanguagePath(page.path).path === split.path;
  return {
    language,
    href,
    reload: otherLanguagePage,
    // 404.html is one page, in English, served at every unknown address.
    // A fragment can change what a view shows first (the quote a source opens at): rendered anew.
    sameView: (shown) =>
      rest === '' &&
      location.hash === '' &&
      (shown.notFound ? language === splitLanguagePath(shown.path).language : shown.path === path),
  };
}
