import { PARTY_EVENTS_PAGE } from '../../src/corpus/limits.ts';
import type { CorpusIndex, SourceSummary } from '../../src/corpus/shards.ts';
import { sourceLocatorBucket } from '../../src/corpus/source-locator.ts';
import { actorWithMembers } from '../../src/lib/actor-members.ts';
import { eventsSpokenIn } from '../../src/lib/party-events.ts';
import type { PageEntry } from './page-meta.ts';

type ReadsIndex = Pick<CorpusIndex, 'sourceLocator' | 'actors'> & {
  events: readonly Pick<CorpusIndex['events'][number], 'id' | 'shard' | 'parties' | 'date'>[];
};

/**
 * The corpus files a page's view will ask for, named from the index alone: a comparison reads
 * its event's shard; a source page, its locator bucket and then its own shard; a party page, the
 * shards of the first events it lists (with its members, as the page opens). The prerender
 * reads them before the page's first render, which then finds its data and renders once,
 * where it would otherwise render, learn what was asked for, read it, and render again (two
 * or three times for the 38,000 source pages of a 10,000-event corpus). A file missing from
 * this list costs only that extra render; `prerender-reads.test.ts` holds it to what each
 * view really asks for.
 */
export function pageReads(
  index: ReadsIndex,
  sources: readonly Pick<SourceSummary, 'id' | 'shard'>[],
): (entry: Pick<PageEntry, 'eventId' | 'sourceId' | 'actorId'>) => string[] {
  const eventShards = new Map(index.events.map((event) => [event.id, event.shard]));
  const sourceShards = new Map(sources.map((source) => [source.id, source.shard]));
  const buckets = index.sourceLocator;
  return ({ eventId, sourceId, actorId }) => {
    if (eventId !== undefined) {
      const shard = eventShards.get(eventId);
      return shard === undefined ? [] : [shard];
    }
    if (sourceId !== undefined) {
      const bucket = buckets[sourceLocatorBucket(sourceId, buckets.length)];
      const shard = sourceShards.get(sourceId);
      return bucket === undefined || shard === undefined ? [] : [bucket, shard];
    }
    if (actorId !== undefined) {
      const speakers = new Set(actorWithMembers(actorId, index.actors));
      return eventsSpokenIn(index.events, speakers)
        .slice(0, PARTY_EVENTS_PAGE)
        .map((event) => event.shard);
    }
    return [];
  };
}
