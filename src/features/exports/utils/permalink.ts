// Relative, not '@/': the build's Vite plugin imports this file before any alias exists.
import { paths } from '../../../config/paths';

/**
 * The site's root as an absolute URL, with the base path the app is served
 * under (`https://host/riwaya/`), for permalinks that work outside the app.
 */
export function siteRootOf(origin: string, basePath: string): string {
  return new URL(basePath.endsWith('/') ? basePath : `${basePath}/`, origin).href;
}

/**
 * A claim's lasting address: its card in the comparison. It carries no `?lang=`
 * or `?actors=`, so it names the claim whatever view it was exported from.
 */
export function claimPermalink(siteRoot: string, eventId: string, claimId: string): string {
  return `${eventUrl(siteRoot, eventId)}#claim-${encodeURIComponent(claimId)}`;
}

export function eventUrl(siteRoot: string, eventId: string): string {
  return new URL(paths.event.getHref(eventId).replace(/^\//, ''), siteRoot).href;
}

export function sourceUrl(siteRoot: string, sourceId: string): string {
  return new URL(paths.source.getHref(sourceId).replace(/^\//, ''), siteRoot).href;
}

export function actorUrl(siteRoot: string, actorId: string): string {
  return new URL(paths.actor.getHref(actorId).replace(/^\//, ''), siteRoot).href;
}
