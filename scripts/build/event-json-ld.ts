import type { CorpusIndex, EventShard } from '../../src/corpus/shards.ts';
import { eventJsonLd } from '../../src/lib/json-ld/claim-json-ld.ts';
import { jsonLdText } from '../../src/lib/json-ld/json-ld-text.ts';

// Without SITE_URL the graph is built on a placeholder origin which is then cut
// away, leaving root-relative IRIs that JSON-LD resolves against the page's URL.
const placeholderOrigin = 'https://riwaya.invalid';

/**
 * The `<script type="application/ld+json">` for an event's HTML entry: every
 * claim as a schema.org Claim, for crawlers that read the HTML without running
 * it. The same graph (`eventJsonLd`) is kept in <head> at run time by the
 * comparison, which replaces this one when it no longer matches the view.
 */
export function eventJsonLdTag(
  index: Pick<CorpusIndex, 'corpus' | 'actors'>,
  shard: EventShard,
  base: string,
  siteUrl: string | undefined,
): string {
  const root = siteUrl ?? new URL(base, placeholderOrigin).href;
  const lookups = {
    actors: new Map(index.actors.map((actor) => [actor.id, actor])),
    sources: new Map(shard.sources.map((source) => [source.id, source])),
  };
  let text = jsonLdText(eventJsonLd(shard, index.corpus, lookups, { root }));
  if (siteUrl === undefined) text = text.replaceAll(placeholderOrigin, '');
  return `<script type="application/ld+json">\n${text}\n</script>`;
}
