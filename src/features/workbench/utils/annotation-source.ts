import type { DraftSourceText } from './draft-source-texts';

/**
 * An address as compared: no fragment, scheme, "www." or trailing slash, so the page an
 * annotation tool saw and the one the researcher recorded are the same page.
 */
function comparableAddress(address: string): string {
  return address
    .trim()
    .replace(/#.*$/, '')
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** The original page inside a Wayback Machine address (web.archive.org/web/<time>/<page>). */
function archivedPage(address: string): string | undefined {
  return /^(?:https?:\/\/)?web\.archive\.org\/web\/[^/]+\/(.+)$/i.exec(address.trim())?.[1];
}

/** Riwaya's own annotations target `../sources/<id>` (a source page of the site that wrote them). */
function riwayaSourceId(address: string): string | undefined {
  const id = /(?:^|\/)sources\/([^/?#]+)\/?(?:[?#].*)?$/.exec(address.trim())?.[1];
  if (id === undefined) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return undefined;
  }
}

/**
 * The draft's source an annotation targets by address: its `url` or `archivedUrl`, the page an
 * archived address holds, or a Riwaya source page of the same id. Undefined when none is.
 */
export function sourceByAddress(
  sources: readonly DraftSourceText[],
  addresses: readonly string[],
): DraftSourceText | undefined {
  for (const address of addresses) {
    const wanted = [address, archivedPage(address)]
      .filter((page): page is string => page !== undefined)
      .map(comparableAddress);
    const byAddress = sources.find((source) =>
      [source.url, source.archivedUrl, source.archivedUrl && archivedPage(source.archivedUrl)].some(
        (page) => page !== undefined && page !== '' && wanted.includes(comparableAddress(page)),
      ),
    );
    if (byAddress) return byAddress;
    const id = riwayaSourceId(address);
    const byId = id === undefined ? undefined : sources.find((source) => source.id === id);
    if (byId) return byId;
  }
  return undefined;
}
