/*
 * Building an Intl formatter loads locale data and costs far more than using
 * one: a comparison formats hundreds of figures and lists. Dates are not
 * here: they are told from our own table (date-locale.ts), so the build in
 * Node and the browser write the same month names. Each formatter is
 * built once per locale and options and kept for the page's life (a handful
 * of combinations exist, so the caches stay small).
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<Formatter, Options>(
  cache: Map<string, Formatter>,
  locale: string,
  options: Options,
  create: (locale: string, options: Options) => Formatter,
): Formatter {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = create(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(numberFormats, locale, options, (l, o) => new Intl.NumberFormat(l, o));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(listFormats, locale, options, (l, o) => new Intl.ListFormat(l, o));
}
