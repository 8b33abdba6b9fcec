import { isSlug } from '@/corpus/slug';

/**
 * `?corpus=<id>` names an imported corpus; absent means the bundled one.
 * Anyone can send a link, so anything but a well-formed id is ignored.
 */
export function parseCorpusParam(raw: unknown): string | undefined {
  return isSlug(raw) ? raw : undefined;
}

/** The root route's share of the search: `{ corpus }` only when it names an id. */
export function parseCorpusSearch(raw: Record<string, unknown>): { corpus?: string } {
  const corpus = parseCorpusParam(raw.corpus);
  return corpus === undefined ? {} : { corpus };
}
