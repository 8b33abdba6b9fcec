// Relative, not '@/': the build's Vite plugin imports this file before any alias exists.
import { paths } from '../../config/paths.ts';

/**
 * Where exported links point: the site's root (absolute, with the base path
 * the app is served under) and the `?corpus=` id of the corpus the claims came
 * from, absent for the bundled corpus. An imported corpus's links must name it,
 * as the app's own links do, or they would open the bundled corpus instead.
 */
export interface SiteAddress {
  root: string;
  corpus?: string | undefined;
}

/**
 * The site's root as an absolute URL, with the base path the app is served
 * under (`https://host/riwaya/`), for permalinks that work outside the app.
 */
export function siteRootOf(origin: string, basePath: string): string {
  return new URL(basePath.endsWith('/') ? basePath : `${basePath}/`, origin).href;
}

/**
 * The `?corpus=` a permalink needs. An imported corpus is named by its id. A
 * self-contained link's corpus is named too, unless it is the bundled corpus
 * (whose id `bundledId` is, when known): its pages need no parameter. A
 * workbench draft's is named by its corpus id, as it will be once imported.
 */
export function permalinkCorpus(
  source: { kind: 'bundled' | 'imported' | 'snapshot' | 'draft'; id?: string | undefined },
  corpusId: string,
  bundledId: string | undefined,
): string | undefined {
  if (source.kind === 'bundled') return undefined;
  if (source.kind === 'imported') return source.id ?? corpusId;
  return corpusId === bundledId ? undefined : corpusId;
}

function siteUrl(site: SiteAddress, href: string, hash = ''): string {
  const url = new URL(href.replace(/^\//, ''), site.root);
  if (site.corpus !== undefined) url.searchParams.set('corpus', site.corpus);
  return `${url.href}${hash}`;
}

/**
 * A claim's lasting address: its card in the comparison. It carries no `?lang=`
 * or `?actors=`, so it names the claim whatever view it was exported from; only
 * `?corpus=`, without which it would name another corpus's page.
 */
export function claimPermalink(site: SiteAddress, eventId: string, claimId: string): string {
  return siteUrl(site, paths.event.getHref(eventId), `#claim-${encodeURIComponent(claimId)}`);
}

export function eventUrl(site: SiteAddress, eventId: string): string {
  return siteUrl(site, paths.event.getHref(eventId));
}

export function sourceUrl(site: SiteAddress, sourceId: string): string {
  return siteUrl(site, paths.source.getHref(sourceId));
}

export function actorUrl(site: SiteAddress, actorId: string): string {
  return siteUrl(site, paths.actor.getHref(actorId));
}
