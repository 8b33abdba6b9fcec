import type { Actor, CorpusMeta } from '@/corpus/schema';
import type { CompiledClaim, EventShard, SourceSummary } from '@/corpus/shards';
import { actorUrl, claimPermalink, eventUrl, sourceUrl } from './permalink';

/** What the graph needs from the index; `CorpusLookups` fits. */
export interface JsonLdLookups {
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, SourceSummary>;
}

type Node = Record<string, unknown>;

/** People are schema.org Persons; every other kind of party (army, ministry, monitor) an Organization. */
function agent(actorId: string, lookups: JsonLdLookups, siteRoot: string): Node {
  const actor = lookups.actors.get(actorId);
  return {
    '@type': actor?.kind === 'person' ? 'Person' : 'Organization',
    '@id': actorUrl(siteRoot, actorId),
    name: actor?.name.en ?? actorId,
    ...(actor ? { alternateName: actor.name.ar } : {}),
  };
}

/** The text a claim was read in: a NewsArticle when a media outlet published it. */
function appearance(sourceId: string, lookups: JsonLdLookups, siteRoot: string): Node {
  const source = lookups.sources.get(sourceId);
  const ourCopy = sourceUrl(siteRoot, sourceId);
  if (!source) return { '@type': 'CreativeWork', '@id': ourCopy, url: ourCopy };
  const outlet = source.outlet === null ? undefined : lookups.actors.get(source.outlet);
  return {
    '@type': outlet?.kind === 'media-outlet' ? 'NewsArticle' : 'CreativeWork',
    '@id': source.url ?? ourCopy,
    ...(source.url ? { url: source.url } : {}),
    headline: source.title,
    inLanguage: source.language,
    datePublished: source.published.value,
    ...(source.outlet !== null ? { publisher: agent(source.outlet, lookups, siteRoot) } : {}),
    // Our copy of the text, with the quote highlighted, kept should the original vanish.
    archivedAt: ourCopy,
  };
}

function claimNode(
  claim: CompiledClaim,
  shard: EventShard,
  corpus: Pick<CorpusMeta, 'title'>,
  lookups: JsonLdLookups,
  siteRoot: string,
): Node {
  const permalink = claimPermalink(siteRoot, shard.event.id, claim.id);
  const seenIn = appearance(claim.source, lookups, siteRoot);
  return {
    '@type': 'Claim',
    '@id': permalink,
    url: permalink,
    author: agent(claim.saidBy, lookups, siteRoot),
    // ISO 8601 at the precision known ("2020-01" for January 2020), as schema.org Date allows.
    datePublished: claim.saidOn.value,
    text: claim.quote,
    inLanguage: claim.language,
    // Our translation is a separate work of ours, not the party's words: workTranslation says
    // exactly that, where description would pass it off as the claim's own summary.
    ...(claim.translation
      ? {
          workTranslation: {
            '@type': 'CreativeWork',
            text: claim.translation,
            inLanguage: 'en',
            translator: { '@type': 'Organization', name: corpus.title.en },
          },
        }
      : {}),
    appearance: seenIn,
    // The corpus records one text per claim, the earliest it holds: the first known appearance.
    firstAppearance: { '@id': seenIn['@id'] },
    about: { '@id': eventUrl(siteRoot, shard.event.id) },
  };
}

/**
 * A schema.org graph of the given claims, so fact-checking tools can read who
 * said what, when and where it appeared. The event is one node every claim is
 * `about`; each claim names its author in English with the Arabic as
 * `alternateName`.
 */
export function claimsJsonLd(
  shard: EventShard,
  claims: readonly CompiledClaim[],
  corpus: Pick<CorpusMeta, 'title'>,
  lookups: JsonLdLookups,
  siteRoot: string,
): Node {
  const { event } = shard;
  const url = eventUrl(siteRoot, event.id);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Event',
        '@id': url,
        url,
        name: event.title.en,
        alternateName: event.title.ar,
        description: event.summary.en,
        startDate: event.date.from.value,
        ...(event.date.to ? { endDate: event.date.to.value } : {}),
      },
      ...claims.map((claim) => claimNode(claim, shard, corpus, lookups, siteRoot)),
    ],
  };
}
