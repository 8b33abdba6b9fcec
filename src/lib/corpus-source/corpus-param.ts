import { slugSchema } from '@/corpus/primitives';

/**
 * `?corpus=<id>` names an imported corpus; absent means the bundled one.
 * Anyone can send a link, so anything but a well-formed id is ignored.
 */
export function parseCorpusParam(raw: unknown): string | undefined {
  const parsed = slugSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The root route's share of the search: `{ corpus }` only when it names an id. */
export function parseCorpusSearch(raw: Record<string, unknown>): { corpus?: string } {
  const corpus = parseCorpusParam(raw.corpus);
  return corpus === undefined ? {} : { corpus };
}
