import { stringifySearchParams } from '@/lib/search-string';

/**
 * URLs stay readable and stable: every value is kept as the string it was, from the address
 * to the view's parser, and lists are written comma-separated: `?actors=russian-mod,nlf`.
 *
 * The router's own decoder turns "40" into the number 40 and "true" into a boolean before any
 * parser runs (parseSearchWith only post-processes its output), so `?q=40` filtered nothing and
 * `?corpus=2024` showed the bundled corpus instead of the one the link named. Decoding here
 * instead keeps every value text. A key given twice keeps both values, in order, as an array,
 * which each parser then reports as it does any value it cannot use.
 */
export function parseSearch(searchString: string): Record<string, string | string[]> {
  const query = searchString.startsWith('?') ? searchString.slice(1) : searchString;
  const values = new Map<string, string | string[]>();
  for (const [key, value] of new URLSearchParams(query)) {
    const earlier = values.get(key);
    values.set(
      key,
      earlier === undefined
        ? value
        : Array.isArray(earlier)
          ? [...earlier, value]
          : [earlier, value],
    );
  }
  // Own properties only: a key named "__proto__" is data, never the object's prototype.
  return Object.fromEntries(values);
}

export const stringifySearch = stringifySearchParams;
