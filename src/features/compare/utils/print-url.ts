import { paths } from '@/config/paths';

let appRoot: string | undefined;

/**
 * The absolute address of an in-app path, under the base path the app is
 * served from, for print (paper cannot follow a link). In-app paths are
 * already encoded, so joining them to the app's root is the same as
 * resolving them, without parsing a URL for each of hundreds of claims.
 */
export function printUrlOf(href: string, root = appRootUrl()): string {
  return root + href.replace(/^\//, '');
}

function appRootUrl(): string {
  appRoot ??= new URL(import.meta.env.BASE_URL, window.location.origin).href;
  return appRoot;
}

/**
 * Where a quote stands in its source, as printed beside the claim: the source
 * page at that claim, naming the corpus when it is not the bundled one (`?corpus=`,
 * as the app's own links carry it), or the address would open another corpus.
 */
export function sourcePrintUrl(
  sourceId: string,
  claimId: string,
  corpus: string | undefined,
  root?: string,
): string {
  const [path = '', hash = ''] = paths.source.getHref(sourceId, claimId).split('#');
  const query = corpus === undefined ? '' : `?corpus=${encodeURIComponent(corpus)}`;
  return printUrlOf(`${path}${query}#${hash}`, root);
}
