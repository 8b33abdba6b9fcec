import type { Actor, CorpusMeta, Medium } from '@/corpus/schema';
import type { CompiledClaim, EventShard, SourceSummary } from '@/corpus/shards';
import { actorUrl, claimPermalink, eventUrl, sourceUrl, type SiteAddress } from './permalink.ts';

/** What the graph needs from the index; `CorpusLookups` fits. */
export interface JsonLdLookups {
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, SourceSummary>;
}

type Node = Record<string, unknown>;

/** People are schema.org Persons; every other kind of party (army, ministry, monitor) an Organization. */
function agent(actorId: string, lookups: JsonLdLookups, site: SiteAddress): Node {
  const actor = lookups.actors.get(actorId);
  return {
    '@type': actor?.kind === 'person' ? 'Person' : 'Organization',
    '@id': actorUrl(site, actorId),
    name: actor?.name.en ?? actorId,
    ...(actor ? { alternateName: actor.name.ar } : {}),
  };
}

/** The text a claim was read in: a NewsArticle when a media outlet published it. */
function appearance(sourceId: string, lookups: JsonLdLookups, site: SiteAddress): Node {
  const source = lookups.sources.get(sourceId);
  const ourCopy = sourceUrl(site, sourceId);
  if (!source) return { '@type': 'CreativeWork', '@id': ourCopy, url: ourCopy };
  const outlet = source.outlet === null ? undefined : lookups.actors.get(source.outlet);
  return {
    '@type': outlet?.kind === 'media-outlet' ? 'NewsArticle' : 'CreativeWork',
    '@id': source.url ?? ourCopy,
    ...(source.url ? { url: source.url } : {}),
    headline: source.title,
    inLanguage: source.language,
    datePublished: source.published.value,
    ...(source.outlet !== null ? { publisher: agent(source.outlet, lookups, site) } : {}),
    // Our copy of the text, with the quote highlighted, kept should the original vanish.
    archivedAt: ourCopy,
  };
}

/** What the speaker's own words were published as, by the claim's medium. */
const mediumTypes: Record<Medium, { type: string; genre?: string }> = {
  statement: { type: 'CreativeWork', genre: 'statement' },
  'press-conference': { type: 'CreativeWork', genre: 'press conference' },
  interview: { type: 'CreativeWork', genre: 'interview' },
  tweet: { type: 'SocialMediaPosting' },
  'social-media-post': { type: 'SocialMediaPosting' },
  video: { type: 'VideoObject' },
  report: { type: 'Report' },
  article: { type: 'Article' },
};

/**
 * Where the claim first appeared, as far as the corpus knows. The source's own
 * words (its outlet speaking, no one relaying) first appeared in the source.
 * Relayed words first appeared where the speaker said them, when the corpus
 * records the medium (Hmeimim's Facebook post, carried by Mada Post), dated
 * when they were said; else with the first outlet that carried them, when that
 * is not the source's own. Otherwise the corpus does not know: no node, rather
 * than one that passes the relaying article off as the first.
 */
function firstAppearance(
  claim: CompiledClaim,
  seenIn: Node,
  lookups: JsonLdLookups,
  site: SiteAddress,
): Node | undefined {
  const source = lookups.sources.get(claim.source);
  const relayed = claim.reportedBy.length > 0;
  const ownWords = claim.saidBy === source?.outlet || claim.medium === 'article';
  if (!relayed && ownWords) return { '@id': seenIn['@id'] };
  if (claim.medium !== undefined) {
    const { type, genre } = mediumTypes[claim.medium];
    return {
      '@type': type,
      ...(genre ? { genre } : {}),
      author: { '@id': actorUrl(site, claim.saidBy) },
      datePublished: claim.saidOn.value,
    };
  }
  const [firstOutlet] = claim.reportedBy;
  if (firstOutlet !== undefined && firstOutlet !== source?.outlet) {
    return { '@type': 'CreativeWork', publisher: agent(firstOutlet, lookups, site) };
  }
  return undefined;
}

function claimNode(
  claim: CompiledClaim,
  shard: EventShard,
  corpus: Pick<CorpusMeta, 'title'>,
  lookups: JsonLdLookups,
  site: SiteAddress,
): Node {
  const permalink = claimPermalink(site, shard.event.id, claim.id);
  const seenIn = appearance(claim.source, lookups, site);
  const first = firstAppearance(claim, seenIn, lookups, site);
  return {
    '@type': 'Claim',
    '@id': permalink,
    url: permalink,
    author: agent(claim.saidBy, lookups, site),
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
    // The gist is our one-line summary of the claim's position, which is what abstract means;
    // English, as the other names here are.
    ...(claim.gist ? { abstract: claim.gist.en } : {}),
    appearance: seenIn,
    ...(first ? { firstAppearance: first } : {}),
    about: { '@id': eventUrl(site, shard.event.id) },
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
  site: SiteAddress,
): Node {
  const { event } = shard;
  const url = eventUrl(site, event.id);
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
      ...claims.map((claim) => claimNode(claim, shard, corpus, lookups, site)),
    ],
  };
}

/**
 * The graph an event's page carries: every claim of the event, in corpus
 * order. The one definition for the HTML the build writes and for the script
 * the comparison keeps in <head> (any corpus, after in-app navigation).
 */
export function eventJsonLd(
  shard: EventShard,
  corpus: Pick<CorpusMeta, 'title'>,
  lookups: JsonLdLookups,
  site: SiteAddress,
): Node {
  return claimsJsonLd(shard, shard.claims, corpus, lookups, site);
}
