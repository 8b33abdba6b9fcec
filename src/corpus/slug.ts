// Without zod: the URL parsers check ids before the first render, by the same
// rule the corpus schema applies to the data.

/** Lower-case letters and digits in runs joined by single hyphens: "russian-mod". */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const maxSlugLength = 80;

/** An id as the corpus writes them: stable in URLs and share links. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxSlugLength && slugPattern.test(value);
}
