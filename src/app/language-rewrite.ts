import type { LocationRewrite } from '@tanstack/react-router';
import { isLanguageCode, type LanguageCode } from '@/config/languages';
import { languagePath, splitLanguagePath } from '@/config/paths';

/**
 * The `lang` pair taken out of a search string, the rest left exactly as written: going
 * through URLSearchParams would re-encode it (`a,b` as `a%2Cb`), and URLs stay readable.
 */
function takeLang(search: string): { lang: string | undefined; rest: string } {
  let lang: string | undefined;
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const [key = '', value = ''] = pair.split('=');
      if (key !== 'lang') return true;
      lang ??= decodeURIComponent(value);
      return false;
    });
  return { lang, rest: kept.length > 0 ? `?${kept.join('&')}` : '' };
}

/**
 * Between the address bar and the router: `/ar/events/x` is the view `/events/x` with
 * `lang=ar` in its search, and `/events/x` the same view with `lang=en`. Every view, link and
 * hook reads the language from `search.lang` as before; links the router builds get the
 * prefix back (and never a `?lang=`), and a `?lang=` on an old link is read as the language.
 */
export const languageRewrite: LocationRewrite = {
  input: ({ url }) => {
    const { language, path } = splitLanguagePath(url.pathname);
    const { lang, rest } = takeLang(url.search);
    // An explicit `/ar/` wins; on an unprefixed path an old link's `?lang=` still counts.
    const chosen: LanguageCode = language === 'ar' || !isLanguageCode(lang) ? language : lang;
    url.pathname = path;
    url.search = `${rest}${rest === '' ? '?' : '&'}lang=${chosen}`;
    return url;
  },
  output: ({ url }) => {
    const { lang, rest } = takeLang(url.search);
    url.pathname = languagePath(url.pathname, lang === 'ar' ? 'ar' : 'en');
    url.search = rest;
    return url;
  },
};
