import { slugSchema } from '@/corpus/primitives';

/**
 * `?corpus=<id>` names an imported corpus; absent means the bundled one.
 * Anyone can send a link, so anything but a well-formed id is ignored.
 */
export function parseCorpusParam(raw: unknown): string | undefined {
  const parsed = slugSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
