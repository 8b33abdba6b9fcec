/**
 * The list's switches that take one word from a fixed set. Each has a default that is never
 * written to the URL; spelling the default out (`members=include`) is accepted and dropped,
 * anything else is malformed and reported.
 */
export const listOptions = {
  /** `members=exclude`: the chosen parties only, not the bodies that belong to them. */
  members: { default: 'include', other: 'exclude' },
  /** `match=all`: events where every chosen party spoke, not any of them. */
  match: { default: 'any', other: 'all' },
  /** `sort=disputes`: most disputed questions first, then by date. */
  sort: { default: 'date', other: 'disputes' },
  /** `disputed=only`: events with at least one disputed question. */
  disputed: { default: 'all', other: 'only' },
} as const;

export type ListOptionKey = keyof typeof listOptions;
export type ListOptionValue<K extends ListOptionKey> = (typeof listOptions)[K]['other'];

export const listOptionKeys = Object.keys(listOptions) as ListOptionKey[];

/** The non-default value when the URL holds it; undefined for the default, absence or junk. */
export function parseListOption<K extends ListOptionKey>(
  key: K,
  value: unknown,
): ListOptionValue<K> | undefined {
  const other: ListOptionValue<K> = listOptions[key].other;
  return value === other ? other : undefined;
}

/** Whether a raw URL value is one the option knows (its default included). */
export function isKnownListOption(key: ListOptionKey, value: unknown): boolean {
  return value === listOptions[key].default || value === listOptions[key].other;
}
